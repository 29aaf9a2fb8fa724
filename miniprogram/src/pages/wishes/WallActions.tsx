import { ScrollView, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { WishCounts } from '@/services/api-types';

interface Props {
  counts: WishCounts | null;
  canPost: boolean;
  canPostForOthers: boolean;
  canClaim: boolean;
  isSecretary: boolean;
}

const open = (url: string) => () => void Taro.navigateTo({ url });

/** 已圆梦 N 个, and what this user can do from the wall: post, see their own, review. */
export function WallActions({ counts, canPost, canPostForOthers, canClaim, isSecretary }: Props) {
  return (
    <View className="wsh-head">
      {counts ? (
        <View className="wsh-counts">
          <Text className="wsh-counts__fulfilled">已圆梦 {counts.fulfilled} 个</Text>
          <Text className="wsh-counts__rest">
            待认领 {counts.open} · 进行中 {counts.claimed}
          </Text>
        </View>
      ) : null}
      <ScrollView scrollX className="wsh-actions">
        {canPost ? <Action label="许个心愿" primary onClick={open(ROUTES.wishPost)} className="wsh-action--post" /> : null}
        {canPostForOthers ? <Action label="代居民许愿" onClick={open(withQuery(ROUTES.wishPost, { mode: 'agent' }))} className="wsh-action--agent" /> : null}
        <Action label="我的心愿" onClick={open(ROUTES.myWishes)} className="wsh-action--mine" />
        {canClaim ? <Action label="我认领的" onClick={open(ROUTES.myWishClaims)} className="wsh-action--claims" /> : null}
        {isSecretary ? <Action label="心愿审核" onClick={open(ROUTES.wishReview)} className="wsh-action--review" /> : null}
        {isSecretary ? <Action label="心愿规则" onClick={open(ROUTES.wishSettings)} className="wsh-action--settings" /> : null}
      </ScrollView>
    </View>
  );
}

function Action({ label, onClick, primary = false, className }: { label: string; onClick: () => void; primary?: boolean; className: string }) {
  return (
    <View role="button" tabIndex={0} className={`wsh-action ${primary ? 'wsh-action--primary' : ''} ${className}`} onClick={onClick}>
      {label}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { showError, showSuccess } from '@/components/feedback';
import { Button, TextArea } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { backTo } from '@/navigation/back-to';
import { ApiError } from '@/services/api-error';
import type { WishManage, WishPublic } from '@/services/api-types';
import { confirmWish, getWish, getWishPrivate } from '@/services/wishes';
import { formatMinute } from '@/utils/dates';
import { WishPhotos } from '../../components/WishPhotos';
import '../../wishes.scss';

const THANKS_MAX = 200;
const RATING_WORDS = ['', '不太满意', '一般', '满意', '很满意', '非常满意'];

/**
 * The wish as the confirmer may see it: the private view for its own people; a grid worker who
 * stands in for the resident once nobody confirmed in time (opened from 待代确认) gets the public one.
 */
async function wishToConfirm(id: string): Promise<WishManage | WishPublic> {
  try {
    return await getWishPrivate(id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return getWish(id);
    throw error;
  }
}

/**
 * 确认收到: the beneficiary (or their grid worker) sees what the claimer reported and their proof,
 * says thanks and gives 1–5 stars; confirming makes the wish 已圆梦 and credits the helpers' points.
 * Opened from 待代确认 (?from=queue), the grid worker or secretary confirms in the resident's place.
 */
export default function ConfirmWishPage() {
  const params = useRouter().params;
  const id = params.id ?? '';
  const onBehalf = params.from === 'queue';
  const { loaded, reload } = useLoad(() => wishToConfirm(id), [id]);
  const [thanks, setThanks] = useState('');
  const [rating, setRating] = useState(5);
  const [sending, setSending] = useState(false);
  const sent = useRef(false);

  if (loaded.state === 'loading')
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (loaded.state === 'failed')
    return (
      <PageShell>
        <LoadFailed error={loaded.error} onRetry={() => void reload(true)} />
      </PageShell>
    );
  const wish = loaded.data;

  async function confirm() {
    if (sent.current) return; // one confirmation however fast the taps
    sent.current = true;
    setSending(true);
    try {
      await confirmWish(id, { thanks: thanks.trim() || undefined, rating });
      showSuccess(onBehalf ? '已代为确认，心愿已圆梦' : '心愿已圆梦，谢谢您的确认');
      setTimeout(() => (onBehalf ? void Taro.navigateBack() : backTo('myWishes')), 900);
    } catch (error) {
      showError(error);
      sent.current = false;
      setSending(false);
      void reload();
    }
  }

  if (wish.status !== 'fulfilled') {
    return (
      <PageShell>
        <InfoCard title={wish.title}>
          <Text className="lin-note">{wish.status === 'confirmed' ? '这个心愿已经确认圆梦了。' : '认领人还没有报告完成，完成后可以在这里确认。'}</Text>
        </InfoCard>
      </PageShell>
    );
  }

  return (
    <PageShell>
      <InfoCard className="wsd-confirm-card" title={wish.title}>
        <InfoRow label="帮助人" value={[wish.claimerName, ...wish.coClaimerNames].filter(Boolean).join('、')} />
        <InfoRow label="完成时间" value={formatMinute(wish.fulfilledAt)} />
        <InfoRow label="完成说明" value={'fulfilmentNote' in wish ? wish.fulfilmentNote : null} />
        <WishPhotos photos={('allPhotos' in wish ? wish.allPhotos : wish.photos).filter((p) => p.kind === 'proof')} title="完成凭证" />
      </InfoCard>
      <View className="lin-card">
        <Text className="lin-card__title">您满意吗？</Text>
        <View className="wsd-rating" role="radiogroup">
          {[1, 2, 3, 4, 5].map((star) => (
            <View
              key={star}
              role="radio"
              aria-checked={star === rating}
              aria-label={`${star} 星`}
              className={star <= rating ? 'wsd-star wsd-star--on' : 'wsd-star'}
              onClick={() => setRating(star)}
            >
              ★
            </View>
          ))}
        </View>
        <Text className="lin-note wsd-rating__word">{RATING_WORDS[rating]}</Text>
        <TextArea
          className="wsd-fulfil__note wsd-thanks"
          value={thanks}
          onChange={setThanks}
          placeholder="写一句感谢的话（选填）"
          maxLength={THANKS_MAX}
          showCount
          autoSize
        />
      </View>
      <View className="lin-confirm-button">
        <Button className="wsd-confirm-submit" type="primary" block size="large" loading={sending} disabled={sending} onClick={() => void confirm()}>
          确认收到
        </Button>
      </View>
      <Text className="lin-note">
        {onBehalf
          ? '受助居民超期未确认。请先电话或上门核实居民已收到，再代为确认；确认会记入操作记录。'
          : '确认后，心愿显示为“已圆梦”，帮助您的党员将获得积分。'}
      </Text>
    </PageShell>
  );
}

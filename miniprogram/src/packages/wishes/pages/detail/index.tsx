import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { SubscriptionMoment } from '@linli/shared';
import { ConfirmButton } from '@/components/blocks/ConfirmButton';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { Button } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { WishPhoto } from '@/services/api-types';
import { useShareCard } from '@/navigation/share';
import { wishShareCard } from '@/navigation/share-cards';
import { ShareLink } from '@/components/share/ShareLink';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { formatDay, formatMinute } from '@/utils/dates';
import { wishCategoryLabel, wishStatusLabel } from '@/utils/labels';
import { formatYuan } from '@/utils/money';
import { cancelWishClaim, claimWish, withdrawWish } from '@/services/wishes';
import { ContactCard } from '../../components/ContactCard';
import { FulfilForm } from '../../components/FulfilForm';
import { GroupPicker } from '../../components/GroupPicker';
import { WishPhotos } from '../../components/WishPhotos';
import { WishTimeline } from '../../components/WishTimeline';
import { useWishDetail } from '../../hooks/useWishDetail';
import '../../wishes.scss';
import '../../wishes-admin.scss'; // the chips of the 帮帮团 picker

/**
 * One wish. Everyone in its street sees the story, the masked name, where and who helps; then, by
 * who is looking: a Party member of its community can claim it; the claimer gets the contact
 * details, uploads proof and reports it done, or gives it back; the beneficiary confirms receipt;
 * the poster can withdraw it before anyone claims it.
 */
export default function WishDetailPage() {
  const id = useRouter().params.id ?? '';
  const { loaded, reload } = useWishDetail(id);
  useShareCard(loaded.state === 'ready' ? wishShareCard(loaded.data.wish) : null);
  const { community } = useSession();
  const { isPartyMember, isUnitContact } = useCommunityRoles();
  const [group, setGroup] = useState<string[]>([]);

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

  const { wish, manage, contact, history, myProofs } = loaded.data;
  const again = () => void reload();
  const mayClaim = wish.status === 'open' && !manage && (isPartyMember || isUnitContact) && community?.id === wish.community.id;
  const helpers = [wish.claimerName, ...wish.coClaimerNames].filter(Boolean).join('、');

  return (
    <PageShell>
      <InfoCard
        className="wsd-wish"
        title={wish.title}
        extra={<Text className={`lin-wish-status lin-wish-status--${wish.status}`}>{wishStatusLabel(wish.status)}</Text>}
      >
        <Text className="wsd-story">{wish.story}</Text>
        <InfoRow label="受助居民" value={`${wish.beneficiaryMasked}${wish.postedByAgent ? '（网格员代发）' : ''}`} />
        <InfoRow label="所在" value={`${wish.community.name} ${wish.grid.name} ${wish.building.name}`} />
        <InfoRow label="类别" value={wishCategoryLabel(wish.category)} />
        <InfoRow label="估计价值" value={formatYuan(wish.valueFen)} />
        <InfoRow label="希望完成" value={`${formatDay(`${wish.wantedBy}T12:00:00+08:00`)} 前`} />
        <InfoRow label={wish.coClaimerNames.length ? `帮帮团（${wish.coClaimerNames.length + 1} 人）` : '认领人'} value={helpers} />
        <InfoRow label="认领时间" value={wish.claimedAt ? formatMinute(wish.claimedAt) : null} />
        <InfoRow label="完成时间" value={wish.fulfilledAt ? formatMinute(wish.fulfilledAt) : null} />
        <InfoRow label="圆梦时间" value={wish.confirmedAt ? formatMinute(wish.confirmedAt) : null} />
        <WishPhotos photos={manage ? manage.allPhotos.filter((p) => p.kind === 'story') : wish.photos.filter((p) => p.kind === 'story')} title="照片" />
      </InfoCard>

      {manage ? <BeneficiarySide wishId={wish.id} status={wish.status} again={again} /> : null}
      {manage ? (
        <InfoCard title="受助信息（仅您和社区可见）">
          <InfoRow label="姓名" value={manage.beneficiaryName} />
          <InfoRow label="住户" value={manage.householdLabel} />
          <InfoRow label="代办人" value={manage.agentName} />
          <InfoRow label="未通过原因" value={manage.rejectReason} />
          <InfoRow label="完成说明" value={manage.fulfilmentNote} />
          <InfoRow label="感谢留言" value={manage.thanks} />
          <InfoRow label="评价" value={manage.rating ? '★'.repeat(manage.rating) : null} />
          <WishPhotos photos={manage.allPhotos.filter((p) => p.kind === 'proof')} title="完成凭证" />
        </InfoCard>
      ) : myProofs ? null : (
        <WishPhotos photos={wish.photos.filter((p) => p.kind === 'proof')} title="完成凭证" />
      )}

      {myProofs ? <ClaimerDone status={wish.status} proofs={myProofs} /> : null}
      {contact ? <ContactCard contact={contact} /> : null}
      {contact ? <FulfilForm wishId={wish.id} proofs={wish.photos.filter((p) => p.kind === 'proof')} onDone={again} /> : null}
      {contact ? (
        <ConfirmButton
          className="wsd-give-back"
          label="放弃认领"
          title="放弃认领"
          body="心愿会回到心愿墙，由其他党员认领。确定放弃吗？"
          confirmText="放弃"
          done="已放弃，心愿已回到心愿墙"
          run={() => cancelWishClaim(wish.id)}
          onDone={again}
        />
      ) : null}

      {mayClaim ? <GroupPicker wishId={wish.id} chosen={group} onChange={setGroup} /> : null}
      {mayClaim ? (
        <ConfirmButton
          className="wsd-claim"
          primary
          label={group.length ? `和 ${group.length} 位党员一起认领` : '认领这个心愿'}
          title={group.length ? '帮帮团认领' : '认领心愿'}
          body={`${group.length ? `您和邀请的 ${group.length} 位党员一起认领，积分平分。` : ''}认领后您会看到居民的联系方式，请按期完成并上传凭证。联系方式仅用于送达，请勿外传。`}
          confirmText="认领"
          done="认领成功"
          subscribe={SubscriptionMoment.WishClaimed}
          run={() => claimWish(wish.id, group)}
          onDone={again}
        />
      ) : null}
      {wish.status === 'open' && !mayClaim && !manage ? <Text className="lin-note">本社区完成双报到的在职党员和共建单位联络人可以认领这个心愿。</Text> : null}
      {history ? <WishTimeline history={history} /> : null}
      <ShareLink card={wishShareCard(wish)} />
    </PageShell>
  );
}

/** The claimer after 我已完成: what 待确认 means, what comes next, and the proof he handed in. */
function ClaimerDone({ status, proofs }: { status: string; proofs: WishPhoto[] }) {
  const waiting = status === 'fulfilled';
  return (
    <InfoCard className="wsd-claimer-done" title={waiting ? '您已完成，等居民确认' : '居民已确认收到'}>
      <Text className="wsd-claimer-done__note">
        {waiting
          ? '您已提交完成，现在等受助居民确认收到；确认后心愿圆梦，积分自动到账。您不需要再做什么。居民一直没有确认时，网格员或社区书记会核实后代为确认。'
          : '心愿已圆梦，积分已到账，谢谢您的帮助。'}
      </Text>
      {proofs.length ? <WishPhotos photos={proofs} title="您上传的完成凭证" /> : <Text className="lin-note">您没有上传完成凭证。</Text>}
    </InfoCard>
  );
}

/** The poster's and beneficiary's actions: withdraw before a claim, confirm once fulfilled. */
function BeneficiarySide({ wishId, status, again }: { wishId: string; status: string; again: () => void }) {
  if (status === 'fulfilled') {
    return (
      <View className="lin-confirm-button">
        <Button
          className="wsd-confirm"
          type="primary"
          block
          size="large"
          onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.wishConfirm, { id: wishId }) })}
        >
          确认收到，去评价
        </Button>
      </View>
    );
  }
  if (status === 'pending_review' || status === 'open') {
    return (
      <ConfirmButton
        className="wsd-withdraw"
        label="撤回心愿"
        title="撤回心愿"
        body="撤回后心愿不再显示，也不能被认领。需要时可以重新许愿。"
        confirmText="撤回"
        done="已撤回"
        run={() => withdrawWish(wishId)}
        onDone={again}
      />
    );
  }
  return null;
}

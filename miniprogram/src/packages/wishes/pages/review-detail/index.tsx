import { Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { WISH_CATEGORY_LABELS, WISH_STATUS_LABELS } from '@linli/shared';
import { useEffect, useState } from 'react';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { ReviewActions } from '@/components/blocks/ReviewActions';
import { EmptyState } from '@/components/EmptyState';
import { showError, showSuccess } from '@/components/feedback';
import { PageShell } from '@/components/PageShell';
import { useDecide } from '@/hooks/useDecide';
import { useLoad } from '@/hooks/useLoad';
import { backTo } from '@/navigation/back-to';
import type { ApproveWish, WishManage, WishPhoto } from '@/services/api-types';
import { approveWish, approveWishPhoto, getWishPrivate, rejectWish } from '@/services/wishes';
import { useCommunityRoles } from '@/state/community-roles';
import { formatMinute } from '@/utils/dates';
import { fenToYuan } from '@/utils/money';
import { describeMatches } from '@linli/shared';
import { PublicContent, publicTextProblem, type PublicText } from './PublicContent';
import { ReviewPhotos } from './ReviewPhotos';
import '../../wishes-admin.scss';

/** The Chinese label of an API enum value (the raw value should the labels not know it). */
const labelOf = (labels: Record<string, string>, value: string) => labels[value] ?? value;

/**
 * 审核心愿 (secretary): the wish with its private details (who, which household, the agent and
 * the resident's consent), the title and story to edit before they go on the wall, every photo
 * to pass one by one, and 通过 / 不通过. After a decision, back to the queue.
 */
export default function WishReviewDetailPage() {
  const id = useRouter().params.id ?? '';
  const { isSecretary } = useCommunityRoles();
  const { loaded, reload, replace } = useLoad(() => getWishPrivate(id), [id]);

  if (!isSecretary) {
    return (
      <PageShell>
        <EmptyState title="只有社区书记可以审核心愿" description="请在“我的”中切换到您担任书记的社区。" />
      </PageShell>
    );
  }
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
  return (
    <PageShell>
      <WishReview wish={loaded.data} replace={replace} reload={() => void reload()} />
    </PageShell>
  );
}

function WishReview({ wish: w, replace, reload }: { wish: WishManage; replace: (wish: WishManage) => void; reload: () => void }) {
  const original: PublicText = { title: w.title, story: w.story };
  const [text, setText] = useState<PublicText>(original);
  const decide = useDecide<WishManage>(replace, reload);
  const pending = w.status === 'pending_review';

  // A fresh copy from the server (after a decision or a conflict) replaces the text being edited.
  useEffect(() => setText({ title: w.title, story: w.story }), [w.title, w.story]);

  /** Only the fields the secretary changed. */
  function edits(): ApproveWish {
    const title = text.title.trim();
    const story = text.story.trim();
    return { ...(title !== w.title ? { title } : {}), ...(story !== w.story ? { story } : {}) };
  }

  async function leaveAfter(decision: Promise<boolean>): Promise<boolean> {
    const done = await decision;
    if (done) setTimeout(() => backTo('wishReview'), 900);
    return done;
  }

  function approve(): Promise<boolean> {
    const problem = publicTextProblem(text);
    if (problem) {
      showError(null, problem);
      return Promise.resolve(false);
    }
    return leaveAfter(decide(() => approveWish(w.id, edits()), '已通过，心愿已上墙'));
  }

  async function approvePhoto(photo: WishPhoto) {
    try {
      const approved = await approveWishPhoto(photo.id);
      replace({
        ...w,
        allPhotos: w.allPhotos.map((p) => (p.id === approved.id ? { ...p, ...approved } : p)),
        photos: w.photos.some((p) => p.id === approved.id) ? w.photos : [...w.photos, approved],
      });
      showSuccess('照片已通过');
    } catch (error) {
      showError(error);
    }
  }

  const edited = Object.keys(edits()).length > 0;
  const hintsLeft = describeMatches([text.title, text.story], w.beneficiaryName).length > 0;
  const photosWaiting = w.allPhotos.filter((p) => !p.approved).length;
  const approveNote = [
    `通过后，心愿会出现在${w.community.name}的心愿墙上，显示称呼“${w.beneficiaryMasked}”、${w.grid.name} ${w.building.name}、标题和故事。`,
    edited ? '您修改的标题和故事会一并保存。' : '',
    hintsLeft ? '标题或故事里可能还有隐私信息，建议先修改。' : '',
    photosWaiting > 0 ? `还有 ${photosWaiting} 张照片没有通过，它们不会公开。` : '',
  ].join('');

  return (
    <>
      <InfoCard
        className="wsa-review-detail"
        title={w.beneficiaryName}
        extra={<Text className={`wsa-badge wsa-badge--${w.status}`}>{labelOf(WISH_STATUS_LABELS, w.status)}</Text>}
      >
        <InfoRow label="墙上称呼" value={w.beneficiaryMasked} />
        <InfoRow label="住户" value={w.householdLabel} />
        <InfoRow label="位置" value={`${w.community.name} ${w.grid.name} ${w.building.name}`} />
        <InfoRow label="发布" value={w.agentName ? `网格员${w.agentName}代发` : '居民本人发布'} />
        <InfoRow label="同意记录" value={w.consentNote} />
        <InfoRow label="类别" value={labelOf(WISH_CATEGORY_LABELS, w.category)} />
        <InfoRow label="估计价值" value={`${fenToYuan(w.valueFen)} 元`} />
        <InfoRow label="希望完成" value={`${w.wantedBy} 前`} />
        <InfoRow label="提交时间" value={formatMinute(w.createdAt)} />
        {w.status === 'rejected' ? <InfoRow label="未通过原因" value={w.rejectReason ?? '—'} /> : null}
      </InfoCard>
      <PublicContent original={original} value={text} onChange={setText} fullName={w.beneficiaryName} editable={pending} />
      <ReviewPhotos photos={w.allPhotos} approve={approvePhoto} />
      {pending ? (
        <ReviewActions
          approveTitle="通过心愿"
          approveNote={approveNote}
          rejectExample="如：家里的情况需要核实，请网格员上门了解后重新提交"
          approve={approve}
          reject={(reason) => leaveAfter(decide(() => rejectWish(w.id, reason), '已退回，发布人会看到原因'))}
        />
      ) : (
        <Text className="lin-note">这个心愿已经审核过了。</Text>
      )}
    </>
  );
}

import { Text, View } from '@tarojs/components';
import { DELIBERATION_DEFAULTS, DELIBERATION_TEXT_LIMITS, Role } from '@linli/shared';
import { useState } from 'react';
import { CommunityBadge } from '@/components/CommunityBadge';
import { EmptyState } from '@/components/EmptyState';
import { showError } from '@/components/feedback';
import { Button, Input, TextArea } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { useSubmitOnce } from '@/hooks/useSubmitOnce';
import { proposeTopic, uploadTopicPhoto } from '@/services/deliberation';
import { pickPhotos } from '@/services/photos';
import { holdsRoleIn, useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { FormField } from '../../components/FormField';
import { PhotoGrid } from '../../components/PhotoGrid';
import { ScopePicker } from '../../components/ScopePicker';
import { scopeInputOf, WHOLE_COMMUNITY, type ScopeValue } from '../../components/scope-value';
import '@/pages/deliberation/deliberation.scss';
import '../../deliberation.scss';

const FIELD_LABELS: Record<string, string> = { title: '议题标题', body: '议题内容', scope: '涉及范围' };
const TITLE_MIN = 4;
const BODY_MIN = 10;

/**
 * 提出议题: a title, what it is about, and who it concerns. A resident's topic waits for the
 * secretary to take it up; the secretary's own is open for discussion at once.
 */
export default function ProposePage() {
  const { me, community } = useSession();
  const { isSecretary } = useCommunityRoles();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [scope, setScope] = useState<ScopeValue>(WHOLE_COMMUNITY);
  /** Local paths of the photos picked; uploaded once the topic exists. */
  const [photos, setPhotos] = useState<string[]>([]);
  const { submitting, run } = useSubmitOnce(FIELD_LABELS, 'deliberation', isSecretary ? '已发布，居民可以参与讨论' : '已提交，等待社区受理');

  if (!community || !(isSecretary || holdsRoleIn(me, Role.Resident, community))) {
    return (
      <PageShell>
        <EmptyState title="本社区的居民才能提出议题" description="请在“我的”里切换到您居住的社区；还没有登记住址的，请联系社区登记。" />
      </PageShell>
    );
  }

  function submit() {
    const t = title.trim();
    const b = body.trim();
    if (t.length < TITLE_MIN) return showError(null, `议题标题至少 ${TITLE_MIN} 个字`);
    if (b.length < BODY_MIN) return showError(null, `议题内容至少 ${BODY_MIN} 个字，请说清楚是什么事、希望怎么办`);
    const picked = scopeInputOf(scope, community!.id);
    if (!picked.ok) return showError(null, picked.problem);
    void run(async () => {
      const topic = await proposeTopic(community!.id, { title: t, body: b, scope: picked.scope });
      // The topic is in: a photo that fails now must not make the user send the topic twice.
      // It can be added again from the topic's page (我提出的), as the help under the photos says.
      for (const path of photos) await uploadTopicPhoto(topic.id, path).catch(() => undefined);
    });
  }

  return (
    <PageShell>
      <View className="dlp-form">
        <CommunityBadge />
        <FormField label="议题标题">
          <Input
            className="dlp-box dlp-title-input"
            value={title}
            onChange={setTitle}
            placeholder="例如：3号楼加装电梯"
            maxLength={DELIBERATION_TEXT_LIMITS.topicTitle}
          />
        </FormField>
        <FormField label="议题内容" help="说清楚是什么事、现在有什么困难、希望大家一起商量什么。">
          <TextArea
            className="dlp-box dlp-body-input"
            value={body}
            onChange={setBody}
            placeholder="例如：3号楼住着不少老人，上下楼很吃力，想商量加装电梯，费用怎么分摊、低楼层住户的意见也请大家说一说。"
            maxLength={DELIBERATION_TEXT_LIMITS.topicBody}
            showCount
            autoSize
          />
        </FormField>
        <FormField
          label="照片（可不传）"
          help={`现场照片能让大家看得更明白，最多 ${DELIBERATION_DEFAULTS.maxPhotos} 张。提交后上传；没传上的，可以在「我提出的」里打开议题补传。`}
        >
          <PhotoGrid
            className="dlp-propose-photos"
            photos={photos.map((path) => ({ key: path, src: path }))}
            onRemove={(path) => setPhotos(photos.filter((p) => p !== path))}
            onAdd={
              photos.length < DELIBERATION_DEFAULTS.maxPhotos
                ? () => void pickPhotos(DELIBERATION_DEFAULTS.maxPhotos - photos.length).then((more) => setPhotos([...photos, ...more]))
                : undefined
            }
          />
        </FormField>
        <FormField label="涉及范围" help="范围内的居民可以参与讨论；发起表决时，默认也由他们投票。">
          <ScopePicker communityId={community.id} value={scope} onChange={setScope} />
        </FormField>
        <View className="lin-actions">
          <Text className="lin-note">
            {isSecretary
              ? '您是社区书记，议题发布后直接进入讨论。'
              : `提交后由社区书记受理，受理后范围内的居民就可以参与讨论，您将获得 ${DELIBERATION_DEFAULTS.acceptedTopicPoints} 积分。`}
          </Text>
          <Button className="dlp-propose-submit" type="primary" size="large" block loading={submitting} disabled={submitting} onClick={submit}>
            {isSecretary ? '发布议题' : '提交议题'}
          </Button>
        </View>
      </View>
    </PageShell>
  );
}

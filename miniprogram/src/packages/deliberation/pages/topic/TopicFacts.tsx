import { Text } from '@tarojs/components';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { StatusBadge } from '@/pages/deliberation/StatusBadge';
import { scopeText, topicStatusLabel } from '@/pages/deliberation/topic-format';
import type { Topic } from '@/services/api-types';
import { uploadTopicPhoto } from '@/services/deliberation';
import { photoSrc } from '@/services/photos';
import { formatMinute } from '@/utils/dates';
import { PhotoGrid } from '../../components/PhotoGrid';
import { usePhotoUpload } from '../../components/usePhotoUpload';

/** The topic itself: what it is about (with its photos), who it concerns, who raised it, and why it was declined. */
export function TopicFacts({ topic, reload }: { topic: Topic; reload: () => void }) {
  const photos = usePhotoUpload((path) => uploadTopicPhoto(topic.id, path), topic.photos.length, reload);
  return (
    <InfoCard className="dlp-topic" title={topic.title} extra={<StatusBadge label={topicStatusLabel(topic.status)} tone={topic.status} />}>
      <Text className="dlp-topic__body">{topic.body}</Text>
      <PhotoGrid
        className="dlp-topic__photos"
        photos={topic.photos.map((p) => ({ key: p.id, src: photoSrc(p.url), thumb: photoSrc(p.thumbUrl) }))}
        onAdd={topic.canAddPhotos && photos.room > 0 ? () => void photos.add() : undefined}
        adding={photos.adding}
      />
      <InfoRow label="涉及范围" value={scopeText(topic.scope)} />
      <InfoRow label="提出人" value={topic.proposerName} />
      <InfoRow label="提出时间" value={formatMinute(topic.createdAt)} />
      {topic.declineReason ? <Text className="dlp-topic__declined">未受理原因：{topic.declineReason}</Text> : null}
    </InfoCard>
  );
}

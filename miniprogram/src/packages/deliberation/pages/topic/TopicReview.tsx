import { Text, View } from '@tarojs/components';
import { DELIBERATION_DEFAULTS } from '@linli/shared';
import { useState } from 'react';
import { Button, Dialog } from '@/components/nut';
import { useDecide } from '@/hooks/useDecide';
import type { Topic } from '@/services/api-types';
import { scopeText } from '@/pages/deliberation/topic-format';
import { acceptTopic, declineTopic } from '@/services/deliberation';
import { ReasonForm } from '@/components/blocks/ReasonForm';

/** The secretary takes a resident's topic up for deliberation (受理), or declines it with a reason the proposer reads. */
export function TopicReview({ topic, replace, reload }: { topic: Topic; replace: (topic: Topic) => void; reload: () => void }) {
  const decide = useDecide(replace, reload);
  const [confirming, setConfirming] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [busy, setBusy] = useState(false);

  if (declining) {
    return (
      <ReasonForm
        className="dlp-reason dlp-decline"
        label="不受理的原因（提出人会看到）"
        placeholder="例如：该事项属于物业公司职责，社区已转交物业处理"
        submitText="确认不受理"
        onSubmit={(reason) => decide(() => declineTopic(topic.id, reason), '已告知提出人')}
        onCancel={() => setDeclining(false)}
      />
    );
  }

  async function accept() {
    setConfirming(false);
    setBusy(true);
    await decide(() => acceptTopic(topic.id), '已受理，居民可以讨论了');
    setBusy(false);
  }

  return (
    <View className="lin-decision dlp-review">
      <Text className="dlp-review__note">这个议题等待您受理。受理后议题公开，范围内的居民可以参与讨论；讨论充分后您可以发起表决。</Text>
      <View className="lin-decision__buttons">
        <Button className="dlp-review__decline" size="large" disabled={busy} onClick={() => setDeclining(true)}>
          不受理
        </Button>
        <Button className="dlp-review__accept" type="primary" size="large" loading={busy} disabled={busy} onClick={() => setConfirming(true)}>
          受理
        </Button>
      </View>
      <Dialog
        visible={confirming}
        title="受理议题"
        confirmText="受理"
        cancelText="再看看"
        onConfirm={() => void accept()}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      >
        {`受理后「${topic.title}」向${scopeText(topic.scope)}的居民公开讨论。提出议题的居民将获得 ${DELIBERATION_DEFAULTS.acceptedTopicPoints} 积分。`}
      </Dialog>
    </View>
  );
}

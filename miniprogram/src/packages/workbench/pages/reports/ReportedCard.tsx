import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ReportStatus, ReportTarget } from '@linli/shared';
import { useState } from 'react';
import { ReasonForm } from '@/components/blocks/ReasonForm';
import { showError, showSuccess } from '@/components/feedback';
import { Button, Dialog } from '@/components/nut';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { ReportedContent } from '@/services/api-types';
import { dismissReported, hideReported } from '@/services/content-reports';
import { formatMinute } from '@/utils/dates';

const TARGET_LABELS: Record<string, string> = { [ReportTarget.Wish]: '心愿', [ReportTarget.Topic]: '议题' };

/** A reported wish or topic: what it says, who reported it and why; 隐藏 (with a reason) or 驳回 while open. */
export function ReportedCard({ item, onChanged }: { item: ReportedContent; onChanged: () => void }) {
  const [hiding, setHiding] = useState(false);
  const [confirmingDismissal, setConfirmingDismissal] = useState(false);
  const [busy, setBusy] = useState(false);
  const open = item.status === ReportStatus.Open;
  const page = item.targetType === ReportTarget.Wish ? ROUTES.wishDetail : ROUTES.topicDetail;

  async function hide(reason: string): Promise<boolean> {
    try {
      await hideReported(item.id, reason);
      showSuccess('已隐藏');
      onChanged();
      return true;
    } catch (error) {
      showError(error);
      onChanged();
      return false;
    }
  }

  async function dismiss() {
    setConfirmingDismissal(false);
    setBusy(true);
    try {
      await dismissReported(item.id);
      showSuccess('已驳回举报');
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  return (
    <View className="wbk-report">
      <View className="wbk-report__head" onClick={() => void Taro.navigateTo({ url: withQuery(page, { id: item.targetId }) })}>
        <Text className="wbk-kind">{TARGET_LABELS[item.targetType] ?? item.targetType}</Text>
        <Text className="wbk-report__title">{item.title}</Text>
        <Text className="lin-item__arrow">›</Text>
      </View>
      {item.excerpt ? <Text className="wbk-report__excerpt">{item.excerpt}</Text> : null}
      <Text className="wbk-report__line">{`发布人 ${item.authorName} · ${item.reportCount} 人举报 · 最近 ${formatMinute(item.lastReportedAt)}`}</Text>
      {item.reasons.map((reason, i) => (
        <Text key={i} className="wbk-report__reason">{`“${reason}”`}</Text>
      ))}
      {item.decisionReason ? <Text className="wbk-report__line">{`隐藏原因：${item.decisionReason}`}</Text> : null}
      {open && !hiding ? (
        <View className="wbk-buttons">
          <Button className="wbk-report__dismiss" disabled={busy} onClick={() => setConfirmingDismissal(true)}>
            驳回举报
          </Button>
          <Button className="wbk-report__hide" type="primary" disabled={busy} onClick={() => setHiding(true)}>
            隐藏
          </Button>
        </View>
      ) : null}
      {open && hiding ? (
        <ReasonForm
          className="wbk-hide-form"
          label="隐藏的原因（发布人会看到）"
          placeholder="例如：含有他人电话等隐私信息"
          submitText="确认隐藏"
          onSubmit={hide}
          onCancel={() => setHiding(false)}
        />
      ) : null}
      <Dialog
        visible={confirmingDismissal}
        title="驳回举报"
        confirmText="驳回"
        cancelText="再想想"
        onConfirm={() => void dismiss()}
        onCancel={() => setConfirmingDismissal(false)}
        onClose={() => setConfirmingDismissal(false)}
      >
        内容没有问题，照常显示。以后有新的人举报，会再出现在这里。
      </Dialog>
    </View>
  );
}

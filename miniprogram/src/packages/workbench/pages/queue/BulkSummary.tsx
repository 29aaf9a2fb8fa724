import { Text, View } from '@tarojs/components';

export interface BulkOutcome {
  approved: number;
  /** The items that did not go through, each with the server's reason. */
  failures: { title: string; message: string }[];
}

/** "已通过 n 条，m 条未通过：" and why each failed, until dismissed. */
export function BulkSummary({ outcome, onClose }: { outcome: BulkOutcome; onClose: () => void }) {
  const { approved, failures } = outcome;
  const text = failures.length === 0 ? `已通过 ${approved} 条` : `已通过 ${approved} 条，${failures.length} 条未通过：`;
  return (
    <View className={failures.length === 0 ? 'wbk-summary' : 'wbk-summary wbk-summary--partly'} role="status">
      <Text className="wbk-summary__text">{text}</Text>
      {failures.map((f, i) => (
        <Text key={i} className="wbk-summary__failure">
          {`${f.title}：${f.message}`}
        </Text>
      ))}
      <Text className="wbk-summary__close" onClick={onClose}>
        知道了
      </Text>
    </View>
  );
}

import { Text, View } from '@tarojs/components';

/** The ballot's rule in plain sentences, numbered: who votes, what counts, what it takes to pass. Shown before the vote buttons. */
export function RuleStatements({ statements }: { statements: string[] }) {
  return (
    <View className="lin-card dlp-rules">
      <Text className="lin-card__title">投票规则（请先看一看）</Text>
      {statements.map((line, index) => (
        <View key={line} className="dlp-rules__line">
          <Text className="dlp-rules__number">{index + 1}.</Text>
          <Text className="dlp-rules__text">{line}</Text>
        </View>
      ))}
    </View>
  );
}

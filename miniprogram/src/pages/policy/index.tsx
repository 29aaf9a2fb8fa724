import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { CURRENT_POLICY, inventoryRows, PRIVACY, TERMS } from '@linli/shared';
import { PageShell } from '@/components/PageShell';
import './index.scss';

/**
 * 《用户服务协议》 (?doc=terms) or 《隐私政策》 (?doc=privacy), from the same source as
 * docs/*.md, so the app shows exactly what the repository says. Public: read before agreeing.
 */
export default function PolicyPage() {
  const doc = useRouter().params.doc === 'terms' ? TERMS : PRIVACY;

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: doc.key === 'terms' ? '用户服务协议' : '隐私政策' });
  }, [doc.key]);

  return (
    <PageShell requireLogin={false}>
      <View className="policy">
        <Text className="policy__title">{doc.title}</Text>
        <Text className="policy__version">
          版本 {CURRENT_POLICY.version}，{CURRENT_POLICY.effectiveOn} 起生效
        </Text>
        {doc.sections.map((section) => (
          <View key={section.heading} className="policy__section">
            <Text className="policy__heading">{section.heading}</Text>
            {section.paragraphs.map((p) => (
              <Text key={p} className="policy__paragraph">
                {p}
              </Text>
            ))}
            {doc.key === 'privacy' && section.heading.startsWith('二、') ? <Inventory /> : null}
          </View>
        ))}
      </View>
    </PageShell>
  );
}

function Inventory() {
  return (
    <View className="policy-inventory">
      {inventoryRows().map((row) => (
        <View key={row.what} className="policy-inventory__row">
          <Text className="policy-inventory__what">
            {row.what}
            {row.sensitive ? '（含敏感个人信息）' : ''}
          </Text>
          <Text className="policy-inventory__line">用途：{row.purpose}</Text>
          <Text className="policy-inventory__line">谁能看到：{row.seenBy}</Text>
          <Text className="policy-inventory__line">保存期限：{row.retention}</Text>
        </View>
      ))}
    </View>
  );
}

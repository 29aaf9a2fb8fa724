import { Text, View } from '@tarojs/components';
import { SENSITIVE_KIND_CONSENT, SENSITIVE_KIND_LABEL, SENSITIVE_KINDS, SensitiveKind } from '@linli/shared';
import { ConsentTick } from '@/components/privacy/ConsentTick';

/**
 * The separate consent to sensitive information (PIPL Art. 28–31), one box a kind, unticked.
 * The poster ticks what the wish contains; when the story probably contains a kind the box is
 * pointed out (and the form, like the server, will not send without it).
 */
export function SensitiveConsent({
  likely,
  ticked,
  agent,
  onChange,
}: {
  likely: readonly SensitiveKind[];
  ticked: readonly SensitiveKind[];
  agent: boolean;
  onChange: (ticked: SensitiveKind[]) => void;
}) {
  const toggle = (kind: SensitiveKind, on: boolean) => onChange(SENSITIVE_KINDS.filter((k) => (k === kind ? on : ticked.includes(k))));
  return (
    <View className="wsa-sensitive">
      <Text className="wsa-sensitive__title">敏感信息单独同意</Text>
      {likely.length > 0 ? (
        <Text className="wsa-sensitive__hint">
          心愿中似乎有{likely.map((k) => `“${SENSITIVE_KIND_LABEL[k]}”`).join('、')}的内容，请确认并勾选同意；不同意请删去这些内容。
        </Text>
      ) : (
        <Text className="wsa-sensitive__note">心愿涉及以下内容时请勾选；{agent ? '代办时须已取得居民本人或监护人的同意。' : ''}</Text>
      )}
      {SENSITIVE_KINDS.map((kind) => (
        <ConsentTick
          key={kind}
          className={`wsa-sensitive__tick wsa-sensitive__tick--${kind} ${likely.includes(kind) ? 'wsa-sensitive__tick--likely' : ''}`}
          checked={ticked.includes(kind)}
          onChange={(on) => toggle(kind, on)}
        >
          <Text className="wsa-sensitive__label">{SENSITIVE_KIND_LABEL[kind]}：</Text>
          <Text>{SENSITIVE_KIND_CONSENT[kind]}</Text>
        </ConsentTick>
      ))}
    </View>
  );
}

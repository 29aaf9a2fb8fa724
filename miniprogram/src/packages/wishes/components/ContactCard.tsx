import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import type { WishContact } from '@/services/api-types';
import { formatMinute } from '@/utils/dates';

/** Who to deliver to, for the claimer only while the claim lasts; numbers dial on a tap. */
export function ContactCard({ contact }: { contact: WishContact }) {
  return (
    <InfoCard className="wsd-contact" title="联系与送达" extra={<Text className="wsd-due">请于 {formatMinute(contact.claimDueAt)} 前完成</Text>}>
      <InfoRow label="受助居民" value={contact.beneficiaryName} />
      {contact.phone ? <PhoneRow label="电话" phone={contact.phone} /> : null}
      <InfoRow label="地址" value={contact.address} />
      <InfoRow label="代办网格员" value={contact.agentName} />
      {contact.agentPhone ? <PhoneRow label="网格员电话" phone={contact.agentPhone} /> : null}
      <Text className="lin-note wsd-contact__note">这些信息只在认领期间对您可见，请勿转发或外传。</Text>
    </InfoCard>
  );
}

function PhoneRow({ label, phone }: { label: string; phone: string }) {
  return (
    <View className="lin-row" onClick={() => void Taro.makePhoneCall({ phoneNumber: phone })}>
      <Text className="lin-row__label">{label}</Text>
      <Text className="lin-row__value wsd-phone">{phone}（点击拨打）</Text>
    </View>
  );
}

import { Text } from '@tarojs/components';
import type { RegistrationStatus } from '@/services/api-types';
import { registrationStatusLabel } from '@/utils/labels';
import './StatusBadge.scss';

/** A registration's status (待审核, 已通过, …) as a coloured label. */
export function StatusBadge({ status }: { status: RegistrationStatus }) {
  return <Text className={`lin-status lin-status--${status}`}>{registrationStatusLabel(status)}</Text>;
}

import { formatShanghaiMinute } from '@linli/shared';

/** Today in China (YYYY-MM-DD), whatever the phone's time zone: the server reads days in Asia/Shanghai. */
export function shanghaiToday(): string {
  return formatShanghaiMinute(new Date()).slice(0, 10);
}

export const NOTIFICATION_ERRORS = {
  NOTIFICATION_NOT_FOUND: { status: 404, message: '找不到这条消息' },
} as const;

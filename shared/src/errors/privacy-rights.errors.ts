/** People's rights over their data (PIPL Arts. 44–47): deletion refusals and the access log. */
export const PRIVACY_RIGHTS_ERRORS = {
  ACCOUNT_HAS_LIVE_CLAIM: { status: 409, message: '您还有认领中的心愿，请先完成或放弃认领后再注销账号' },
  ACCOUNT_HAS_UPCOMING_SHIFT: { status: 409, message: '您还有未结束的先锋岗班次，请先取消报名后再注销账号' },
  ACCOUNT_WISH_IN_PROGRESS: { status: 409, message: '您的心愿正在有人帮忙实现，请等确认完成后再注销账号' },
  ACCOUNT_ALREADY_DELETED: { status: 409, message: '该账号已注销' },
  ACCOUNT_DELETION_UNCONFIRMED: { status: 400, message: '注销账号需要填写“确认注销”四个字' },
  RESIDENT_NOT_FOUND: { status: 404, message: '找不到这位居民，或他/她不住在您负责的网格' },
} as const;

export const ONBOARDING_ERRORS = {
  JOIN_PLACE_INVALID: { status: 404, message: '二维码无效：找不到这栋楼或这一户，请扫社区张贴的入户码或重新选择' },
  JOIN_CODE_UNAVAILABLE: { status: 502, message: '微信暂时无法生成小程序码，请稍后再试' },
  JOIN_HOUSEHOLD_OUTSIDE_COMMUNITY: { status: 400, message: '所选的房屋不在这个社区，请重新选择' },
  JOIN_PHONE_CODE_INVALID: { status: 400, message: '手机号验证失败或已过期，请重新点击验证手机号' },
  JOIN_ALREADY_MEMBER: { status: 409, message: '您已经是这一户的成员了' },
  JOIN_REQUEST_NOT_FOUND: { status: 404, message: '找不到这份入户申请' },
  JOIN_REQUEST_DECIDED: { status: 409, message: '这份入户申请已经处理过了' },
  JOIN_ACCOUNT_TAKEN: { status: 409, message: '登记的这位居民已绑定了另一个微信，请联系网格员核实' },
} as const;

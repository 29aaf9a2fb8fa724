import { CONTENT_ERRORS } from './content-safety.errors';
import { EXPORT_ERRORS } from './exports.errors';
import { NOTIFICATION_ERRORS } from './notifications.errors';
import { ONBOARDING_ERRORS } from './onboarding.errors';
import { PRIVACY_RIGHTS_ERRORS } from './privacy-rights.errors';
import { PRIVACY_ERRORS } from './privacy.errors';
import { REGISTER_ERRORS } from './register.errors';
import { WORKBENCH_ERRORS } from './workbench.errors';

/**
 * Every error the API can return: a stable code (clients switch on it), the HTTP status,
 * and a message in Chinese that a resident can understand. Grouped by module; codes never
 * change meaning once shipped.
 */
export interface ErrorSpec {
  status: number;
  message: string;
}

export const COMMON_ERRORS = {
  VALIDATION_FAILED: { status: 400, message: '提交的内容有误，请检查后重试' },
  MALFORMED_REQUEST: { status: 400, message: '请求格式不正确' },
  NOT_FOUND: { status: 404, message: '您要找的内容不存在' },
  ROUTE_NOT_FOUND: { status: 404, message: '没有这个接口' },
  METHOD_NOT_ALLOWED: { status: 405, message: '不支持这种操作方式' },
  REQUEST_TIMEOUT: { status: 408, message: '请求超时，请重试' },
  IDEMPOTENCY_KEY_REUSED: { status: 409, message: '这个请求编号已用于另一项不同的操作，请换一个编号重新提交' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容太大了' },
  URI_TOO_LONG: { status: 414, message: '请求地址太长了' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '不支持的内容格式' },
  TOO_MANY_REQUESTS: { status: 429, message: '操作太频繁，请稍后再试' },
  HEADERS_TOO_LARGE: { status: 431, message: '请求头太大了' },
  INTERNAL_ERROR: { status: 500, message: '服务器开了个小差，请稍后再试' },
  SERVICE_UNAVAILABLE: { status: 503, message: '服务暂时不可用，请稍后再试' },
} as const;

export const AUTH_ERRORS = {
  AUTH_REQUIRED: { status: 401, message: '请先登录' },
  AUTH_TOKEN_INVALID: { status: 401, message: '登录状态无效，请重新登录' },
  AUTH_TOKEN_EXPIRED: { status: 401, message: '登录已过期，请重新登录' },
  AUTH_USER_NOT_FOUND: { status: 401, message: '账号不存在，请重新登录' },
  AUTH_ACCOUNT_DELETED: { status: 401, message: '该账号已注销，请重新登录' },
  AUTH_WECHAT_CODE_INVALID: { status: 400, message: '微信登录凭证无效或已使用，请重新登录' },
  AUTH_WECHAT_RATE_LIMITED: { status: 429, message: '微信登录太频繁，请稍后再试' },
  AUTH_WECHAT_BUSY: { status: 503, message: '微信系统繁忙，请稍后再试' },
  AUTH_WECHAT_USER_BLOCKED: { status: 403, message: '该微信账号存在风险，暂时无法登录' },
  AUTH_WECHAT_UNAVAILABLE: { status: 503, message: '暂时连不上微信，请稍后再试' },
  AUTH_WECHAT_NOT_CONFIGURED: { status: 503, message: '微信登录尚未配置' },
  AUTH_DEV_LOGIN_DISABLED: { status: 404, message: '体验登录未开启' },
} as const;

export const ACCESS_ERRORS = {
  ACCESS_DENIED: { status: 403, message: '您没有在此处进行该操作的权限' },
} as const;

export const PLACE_ERRORS = {
  PLACE_NOT_FOUND: { status: 404, message: '找不到这个地点' },
  HOUSEHOLD_NOT_FOUND: { status: 404, message: '找不到这一户' },
  HOUSEHOLD_NOT_YOURS: { status: 400, message: '您不是这一户的成员，不能设为家庭住址' },
  HOUSEHOLD_PERSON_NOT_FOUND: { status: 404, message: '这一户没有登记这位居民' },
  HOUSEHOLD_PERSON_INCOMPLETE: { status: 400, message: '请选择已登记的居民，或填写新居民的姓名和同意方式' },
  HOUSEHOLD_PHONE_INVALID: { status: 400, message: '手机号格式不对：请填写 11 位手机号（可带 +86、空格或短横线）' },
  HOUSEHOLD_PERSON_HAS_ACCOUNT: { status: 409, message: '这位居民已用微信登录，姓名和手机号请本人在“我的”里修改' },
  HOUSEHOLD_MOVE_OUT_DATE_INVALID: { status: 400, message: '迁出日期不能早于迁入日期，也不能晚于今天' },
  HOUSEHOLD_SEARCH_TOO_SHORT: { status: 400, message: '请输入姓名、手机号后四位或房号再搜索' },
} as const;

export const ROLE_ERRORS = {
  ROLE_GRANT_NOT_FOUND: { status: 404, message: '找不到这条角色授权' },
  ROLE_GRANT_FORBIDDEN: { status: 403, message: '您不能授予或撤销这个角色' },
  ROLE_USER_NOT_FOUND: { status: 404, message: '找不到要授权的用户' },
  ROLE_LEVEL_MISMATCH: { status: 400, message: '该角色不能授予在这一级地点上' },
  ROLE_LAST_SECRETARY: { status: 409, message: '这是社区唯一的书记，不能撤销；请先任命新的书记' },
} as const;

export const POINTS_ERRORS = {
  POINTS_ENTRY_NOT_FOUND: { status: 404, message: '找不到这条积分记录' },
  POINTS_MEMBER_NOT_IN_COMMUNITY: { status: 400, message: '该成员不属于本社区，不能记积分' },
  POINTS_REVERSAL_OF_REVERSAL: { status: 409, message: '冲正记录不能再次冲正' },
} as const;

export const REPORTING_ERRORS = {
  REGISTRATION_NOT_FOUND: { status: 404, message: '找不到这份报到申请' },
  REGISTRATION_NOT_A_COMMUNITY: { status: 400, message: '只能向社区报到' },
  REGISTRATION_NO_HOUSEHOLD: { status: 400, message: '您在该社区没有登记住户，不能向该社区报到；请先联系社区登记' },
  REGISTRATION_ALREADY_PENDING: { status: 409, message: '您已有一份待审核的报到申请，请等待审核或先撤回' },
  REGISTRATION_ALREADY_DECIDED: { status: 409, message: '该申请已经审核过了' },
  REGISTRATION_WITHDRAWN: { status: 409, message: '申请人已撤回该申请' },
  REGISTRATION_NOT_ACTIVE: { status: 409, message: '该报到已结束' },
  REGISTRATION_UNIT_CHOICE: { status: 400, message: '请选择已报到的单位，或填写新单位（二选一）' },
  REGISTRATION_NOT_YOURS: { status: 403, message: '只能撤回自己的申请' },
  WORK_UNIT_NOT_FOUND: { status: 404, message: '找不到这个单位' },
  WORK_UNIT_NOT_CONTACT: { status: 403, message: '您不是该单位的报到联络人' },
  UNIT_REGISTRATION_ALREADY_PENDING: { status: 409, message: '该单位已有一份待审核的报到申请' },
} as const;

/** WISH_CLAIM_NOT_ALLOWED for a member who may claim, only in another community (the street wall shows its wishes). */
export const WISH_CLAIM_OTHER_COMMUNITY_MESSAGE = '只能认领您报到社区的心愿，这个心愿属于其他社区';

export const WISH_ERRORS = {
  WISH_NOT_FOUND: { status: 404, message: '找不到这个心愿' },
  WISH_VALUE_OVER_CAP: { status: 400, message: '心愿价值超过了本社区的上限，微心愿应是小额心愿' },
  WISH_WANTED_BY_INVALID: { status: 400, message: '期望完成日期应是今天起一年内的有效日期' },
  WISH_BENEFICIARY_NOT_RESIDENT: { status: 400, message: '受助居民不在该社区登记的住户中' },
  WISH_AGENT_CONSENT_REQUIRED: { status: 400, message: '代居民发布心愿需要记录居民本人的同意' },
  WISH_ALREADY_CLAIMED: { status: 409, message: '这个心愿已被其他党员认领了，去看看别的心愿吧' },
  WISH_ALREADY_REVIEWED: { status: 409, message: '这个心愿已经审核过了' },
  WISH_WITHDRAWN: { status: 409, message: '这个心愿已被撤回' },
  WISH_WITHDRAW_AFTER_CLAIM: { status: 409, message: '心愿已被认领，不能撤回；如有变化请联系社区' },
  WISH_WRONG_STATE: { status: 409, message: '心愿当前的状态不能进行这个操作' },
  WISH_OWN_WISH: { status: 400, message: '不能认领自己（或自己代发）的心愿' },
  WISH_CLAIM_NOT_ALLOWED: { status: 403, message: '完成双报到的在职党员或共建单位联络人才能认领心愿' },
  WISH_NOT_CLAIMER: { status: 403, message: '只有认领人才能进行这个操作' },
  WISH_NOT_POSTER: { status: 403, message: '只有发布人或受助居民本人才能撤回心愿' },
  WISH_NOT_BENEFICIARY: { status: 403, message: '只有受助居民本人或代办人才能确认' },
  WISH_HISTORY_NOT_ALLOWED: { status: 403, message: '心愿进程只对发布人、受助居民及代办人、当前认领人和社区书记开放' },
  WISH_PHOTO_REQUIRED: { status: 400, message: '请选择一张照片上传' },
  WISH_PHOTO_TOO_LARGE: { status: 413, message: '照片不能超过 5 MB' },
  WISH_PHOTO_NOT_IMAGE: { status: 400, message: '只能上传 JPEG、PNG 或 WebP 格式的真实图片' },
  WISH_PHOTO_UNREADABLE: { status: 400, message: '照片无法识别（文件不完整、已损坏或像素过多），请换一张' },
  WISH_PHOTO_LIMIT: { status: 409, message: '每个心愿最多上传 3 张照片' },
  WISH_PHOTO_NOT_FOUND: { status: 404, message: '找不到这张照片或链接已过期' },
  WISH_CO_CLAIMER_INVALID: { status: 400, message: '帮帮团成员必须是本社区已报到的党员，且不能重复' },
} as const;

export const POST_ERRORS = {
  POST_NOT_FOUND: { status: 404, message: '找不到这个岗位' },
  SHIFT_NOT_FOUND: { status: 404, message: '找不到这个班次' },
  SHIFT_CLAIM_NOT_FOUND: { status: 404, message: '找不到这条认领记录' },
  POST_NOT_MANAGER: { status: 403, message: '只有社区书记或发布该岗位的单位联络人才能管理这个岗位' },
  POST_COMMUNITY_REQUIRED: { status: 400, message: '岗位只能发布在社区' },
  POST_PUBLISH_NOT_ALLOWED: { status: 403, message: '社区书记或已报到单位的联络人才能发布岗位' },
  POST_KIND_MISMATCH: { status: 409, message: '认岗没有班次签到，也不能再添加班次' },
  POST_SHIFTS_REQUIRED: { status: 400, message: '志愿服务岗至少安排一个班次；认岗只能有一个任期' },
  SHIFT_PLAN_INVALID: { status: 400, message: '班次时间或人数不正确' },
  SHIFT_CLAIM_NOT_ALLOWED: { status: 403, message: '完成双报到的本社区在职党员才能认领先锋岗' },
  SHIFT_SKILLS_REQUIRED: { status: 403, message: '这个岗位需要特定专长，您报到时登记的专长不符合' },
  SHIFT_CLAIM_REMOVED: { status: 409, message: '您已被社区书记移出这个班次，不能再次认领' },
  SHIFT_OVERLAP: { status: 409, message: '您在这个时间段已认领（或候补）了其他班次' },
  SHIFT_CLOSED: { status: 409, message: '这个班次已开始或已结束，不能再认领' },
  SHIFT_CANCELLED: { status: 409, message: '这个班次已取消' },
  SHIFT_CANCEL_CLOSED: { status: 409, message: '距开始已不足 2 小时，不能取消；如有急事请联系社区书记' },
  SHIFT_CAPACITY_BELOW_CONFIRMED: { status: 409, message: '已认领的人数多于新的名额，不能把名额调得更少' },
  SHIFT_HAS_CLAIMS: { status: 409, message: '已有人认领这个班次，不能再改时间；如需调整请取消班次后重新发布' },
  SHIFT_STARTED: { status: 409, message: '班次已经开始，不能取消' },
  SHIFT_NOT_CLAIMER: { status: 403, message: '只有认领人本人才能进行这个操作' },
  SHIFT_CLAIM_WAITING: { status: 409, message: '您还在候补名单上，递补后才能签到' },
  SHIFT_CLAIM_ENDED: { status: 409, message: '这条认领已取消或已结束' },
  SHIFT_CLAIM_WRONG_STATE: { status: 409, message: '认领当前的状态不能进行这个操作' },
  SHIFT_CHECK_IN_EARLY: { status: 409, message: '签到在班次开始前 15 分钟开放，请稍后再来' },
  SHIFT_CHECK_IN_CLOSED: { status: 409, message: '班次已结束，不能再签到' },
  SHIFT_CHECK_OUT_CLOSED: { status: 409, message: '已超过签退时间，请联系社区书记确认时长' },
  SHIFT_ALREADY_CHECKED_IN: { status: 409, message: '您已经签到过了' },
  SHIFT_NOT_CHECKED_IN: { status: 409, message: '还没有签到，不能签退' },
  SHIFT_ALREADY_CHECKED_OUT: { status: 409, message: '您已经签退过了' },
  SHIFT_CHECK_PROOF_REQUIRED: { status: 400, message: '请扫描现场的签到码，或提供您当前的位置（二选一）' },
  SHIFT_QR_INVALID: { status: 400, message: '签到码无效，请扫描本班次现场的签到码' },
  SHIFT_QR_EXPIRED: { status: 400, message: '签到码已过期，请重新扫描现场最新的签到码' },
  SHIFT_CODE_INVALID: { status: 400, message: '签到码不对或已过期，请输入现场二维码下方最新的 6 位数字' },
  SHIFT_CODE_LOCKED: { status: 429, message: '签到码输错次数太多，请 10 分钟后再试，或扫码、定位签到' },
  SHIFT_OUTSIDE_RADIUS: { status: 400, message: '您不在岗位附近，请到现场后再签到' },
  SHIFT_HOURS_REASON_REQUIRED: { status: 400, message: '调整服务时长时请填写原因' },
  SHIFT_HOURS_TOO_LONG: { status: 400, message: '确认的时长不能超过班次本身的时长' },
  SHIFT_HOURS_NOT_READY: { status: 409, message: '该成员还没有签退，请先调整时长并说明原因' },
  SHIFT_HOURS_ALREADY_CONFIRMED: { status: 409, message: '这次服务的时长已经确认过了' },
} as const;

export const DELIBERATION_ERRORS = {
  TOPIC_NOT_FOUND: { status: 404, message: '找不到这个议题' },
  TOPIC_PROPOSE_NOT_ALLOWED: { status: 403, message: '本社区居民或社区书记才能提出议题' },
  TOPIC_SCOPE_INVALID: { status: 400, message: '议事范围须是本社区、本社区的网格或楼栋，或本社区的住户' },
  TOPIC_WRONG_STATE: { status: 409, message: '议题当前的状态不能进行这个操作' },
  TOPIC_DECLINE_REASON_REQUIRED: { status: 400, message: '不受理议题时请写明原因' },
  TOPIC_COMMENT_NOT_ALLOWED: { status: 403, message: '议事范围内的居民才能参与讨论' },
  TOPIC_COMMENTS_CLOSED: { status: 409, message: '这个议题现在不开放讨论' },
  COMMENT_NOT_FOUND: { status: 404, message: '找不到这条评论' },
  COMMENT_REPLY_DEPTH: { status: 400, message: '只能回复主评论，不能回复回复' },
  COMMENT_ALREADY_HIDDEN: { status: 409, message: '这条评论已被隐藏' },
  COMMENT_NOT_HELD: { status: 409, message: '这条评论不在待审核状态' },
  BALLOT_NOT_FOUND: { status: 404, message: '找不到这次投票' },
  BALLOT_PLAN_INVALID: { status: 400, message: '投票的设置有误' },
  BALLOT_ELECTORATE_EMPTY: { status: 400, message: '所选范围内没有有投票资格的人，请重新选择范围' },
  BALLOT_AREA_INVALID: { status: 400, message: '所选范围内有房屋的专有部分面积为零或负数，请先核对房屋面积' },
  BALLOT_NOT_OPEN_YET: { status: 409, message: '投票还没有开始' },
  BALLOT_CLOSED: { status: 409, message: '投票已经结束' },
  BALLOT_NOT_ELIGIBLE: { status: 403, message: '您不在这次投票的投票人名单中' },
  BALLOT_VOTER_AMBIGUOUS: { status: 400, message: '您可以代表不止一户或一份产权投票，请选择以哪一户的身份投票' },
  BALLOT_OPTION_INVALID: { status: 400, message: '没有这个选项' },
  BALLOT_ALREADY_VOTED: { status: 409, message: '您已经投过票了，这次投票不能修改' },
  BALLOT_HOUSEHOLD_VOTED: { status: 409, message: '您家已有成员投过票了（一户一票）' },
  BALLOT_ALREADY_VOTED_ON_PAPER: { status: 409, message: '已为这位投票人录入了纸质表决票，不能再投票或重复录入' },
  BALLOT_ALREADY_VOTED_ONLINE: { status: 409, message: '这位投票人已经在线投过票了，不能再录入纸质表决票' },
  BALLOT_PAPER_VOTER_NOT_ON_ROLL: { status: 400, message: '这位居民不在这次投票的投票人名单中，不能录入纸质表决票' },
  BALLOT_PAPER_NOT_ALLOWED: { status: 403, message: '只有社区书记或投票人所在网格的网格员可以录入纸质表决票' },
  BALLOT_PAPER_FORM_REQUIRED: { status: 400, message: '请先上传投票人签字的纸质表决票照片' },
  BALLOT_PAPER_FORM_USED: { status: 409, message: '这张纸质表决票照片已用于另一位投票人，请为每位投票人拍摄各自的表决票' },
  BALLOT_PAPER_FORM_NOT_IMAGE: { status: 400, message: '纸质表决票照片只能是 JPEG、PNG 或 WebP 格式的真实图片' },
  BALLOT_PAPER_FORM_UNREADABLE: { status: 400, message: '纸质表决票照片无法识别（文件不完整、已损坏或像素过多），请重新拍一张' },
  BALLOT_PAPER_FORM_TOO_LARGE: { status: 413, message: '纸质表决票照片不能超过 5 MB' },
  BALLOT_PAPER_FORM_NOT_FOUND: { status: 404, message: '找不到这张纸质表决票照片或链接已过期' },
  BALLOT_STILL_OPEN: { status: 409, message: '投票还没有结束，且还有人没有投票，不能提前结束' },
  BALLOT_RESULTS_HIDDEN: { status: 409, message: '投票结束后才公布结果' },
  DECISION_NOT_FOUND: { status: 404, message: '找不到这项决议事项' },
  DECISION_WRONG_STATE: { status: 409, message: '决议事项当前的状态不能进行这个操作' },
  MILESTONE_NOT_FOUND: { status: 404, message: '找不到这个节点' },
  PROGRESS_NOT_FOUND: { status: 404, message: '找不到这条进展' },
  DELIBERATION_PHOTO_NOT_ALLOWED: { status: 403, message: '只有议题的提出人（受理前）或社区书记可以添加照片' },
  DELIBERATION_PHOTO_REQUIRED: { status: 400, message: '请选择一张照片上传' },
  DELIBERATION_PHOTO_TOO_LARGE: { status: 413, message: '照片不能超过 5 MB' },
  DELIBERATION_PHOTO_NOT_IMAGE: { status: 400, message: '只能上传 JPEG、PNG 或 WebP 格式的真实图片' },
  DELIBERATION_PHOTO_UNREADABLE: { status: 400, message: '照片无法识别（文件不完整、已损坏或像素过多），请换一张' },
  DELIBERATION_PHOTO_LIMIT: { status: 409, message: '最多上传 6 张照片' },
  DELIBERATION_PHOTO_NOT_FOUND: { status: 404, message: '找不到这张照片或链接已过期' },
} as const;

export const HEALTH_ERRORS = {
  HEALTH_DATABASE_DOWN: { status: 503, message: '数据库暂时不可用' },
  HEALTH_REDIS_DOWN: { status: 503, message: '共享缓存（Redis）暂时不可用' },
  HEALTH_STORAGE_DOWN: { status: 503, message: '文件存储暂时不可用' },
} as const;

export const ERROR_CATALOG = {
  ...COMMON_ERRORS,
  ...AUTH_ERRORS,
  ...PRIVACY_RIGHTS_ERRORS,
  ...PRIVACY_ERRORS,
  ...ACCESS_ERRORS,
  ...PLACE_ERRORS,
  ...ROLE_ERRORS,
  ...REGISTER_ERRORS,
  ...ONBOARDING_ERRORS,
  ...POINTS_ERRORS,
  ...REPORTING_ERRORS,
  ...WISH_ERRORS,
  ...POST_ERRORS,
  ...DELIBERATION_ERRORS,
  ...HEALTH_ERRORS,
  ...WORKBENCH_ERRORS,
  ...NOTIFICATION_ERRORS,
  ...CONTENT_ERRORS,
  ...EXPORT_ERRORS,
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** The one body every failing response carries. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** One entry of `details` on VALIDATION_FAILED: which field, which rule, what to fix. */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

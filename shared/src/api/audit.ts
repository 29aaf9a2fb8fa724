/** The areas of work an audit action belongs to (its prefix), for the audit view's filter. */
export const AUDIT_AREA_LABELS: Record<string, string> = {
  wish: '微心愿',
  post: '先锋岗',
  deliberation: '邻里议事',
  member_registration: '党员报到',
  unit_registration: '单位报到',
  points: '积分',
  role: '角色授权',
  household: '住户',
  content: '内容安全',
  register: '台账',
  export: '导出',
  user: '用户',
};

/** Words for every action the server records (a secretary reads these, not codes). */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'wish.post': '发布心愿',
  'wish.approve': '审核通过心愿',
  'wish.reject': '退回心愿',
  'wish.withdraw': '撤回心愿',
  'wish.claim': '认领心愿',
  'wish.claim.cancel': '取消认领',
  'wish.fulfil': '标记已完成',
  'wish.confirm': '确认圆梦',
  'wish.reassign': '改派认领人',
  'wish.release': '释放认领',
  'wish.settings.update': '修改心愿规则',
  'wish.photo.upload': '上传心愿照片',
  'wish.photo.approve': '审核通过心愿照片',
  'member_registration.submit': '提交党员报到',
  'member_registration.approve': '通过党员报到',
  'member_registration.reject': '退回党员报到',
  'member_registration.withdraw': '撤回党员报到',
  'member_registration.end': '结束党员报到',
  'unit_registration.submit': '提交单位报到',
  'unit_registration.approve': '通过单位报到',
  'unit_registration.reject': '退回单位报到',
  'unit_registration.withdraw': '撤回单位报到',
  'unit_registration.end': '结束单位报到',
  'post.publish': '发布先锋岗',
  'post.edit': '修改先锋岗',
  'post.shift.claim': '认领班次',
  'post.shift.hours': '确认服务时长',
  'post.shift.cancel': '取消班次',
  'post.shift.add': '增加班次',
  'post.shift.edit': '修改班次',
  'post.shift.check_in': '到岗签到',
  'post.shift.check_out': '签退',
  'post.shift.claim.cancel': '取消认领班次',
  'post.shift.claim.remove': '移出班次名单',
  'points.award': '奖励积分',
  'points.reverse': '冲正积分',
  'points.rules.update': '修改积分规则',
  'role.grant': '授予角色',
  'role.revoke': '撤销角色',
  'household.member.add': '登记住户成员',
  'household.person.add': '登记代管居民',
  'household.person.correct': '更正居民信息',
  'household.person.move_out': '居民迁出',
  'register.import': '导入台账',
  'export.request': '导出表格',
  'user.register': '注册用户',
  'user.join.matched': '入户（与台账匹配）',
  'user.delete': '注销账号',
  'user.profile.update': '修改个人资料',
  'content.hide': '隐藏内容',
  'content.media.pass': '图片审核通过',
  'content.media.refuse': '图片未通过审核',
  'content.media.verdict': '图片审核结果',
  'content.report.dismiss': '驳回举报',
  'deliberation.topic.propose': '提出议题',
  'deliberation.topic.accept': '受理议题',
  'deliberation.topic.decline': '不予受理议题',
  'deliberation.comment.release': '放出评论',
  'deliberation.photo.add': '添加议事照片',
  'deliberation.ballot.vote': '投票',
  'deliberation.ballot.vote.change': '修改投票',
  'deliberation.comment.hide': '隐藏评论',
  'deliberation.ballot.create': '发起表决',
  'deliberation.ballot.close': '结束表决',
  'deliberation.ballot.paper_form': '上传纸质表决票照片',
  'deliberation.ballot.paper_vote': '录入纸质表决票',
  'deliberation.decision.update': '更新决议进展',
};

/**
 * "审核通过心愿"; an action added later without its own words reads as its area ("微心愿 · 其他操作"),
 * never as a code.
 */
export function auditActionLabel(action: string): string {
  if (AUDIT_ACTION_LABELS[action]) return AUDIT_ACTION_LABELS[action];
  const area = Object.keys(AUDIT_AREA_LABELS).find((prefix) => action === prefix || action.startsWith(`${prefix}.`));
  return area ? `${AUDIT_AREA_LABELS[area]} · 其他操作` : '其他操作';
}

export interface AuditEntryView {
  id: string;
  at: string;
  actorId: string | null;
  /** Null for the system itself (seed, scheduled sweeps). */
  actorName: string | null;
  action: string;
  actionLabel: string;
  targetType: string;
  targetId: string;
  /** What was acted on, in words; null for a kind of target without them, or one since deleted. */
  targetLabel: string | null;
  placeId: string | null;
  placeName: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPageView {
  items: AuditEntryView[];
  nextCursor: string | null;
}

/** Double reporting (双报到): work units, registrations and what members offer. */

/** The kind of a work unit (驻区单位 / 机关单位). */
export enum WorkUnitKind {
  Government = 'government',
  Enterprise = 'enterprise',
  PublicInstitution = 'public_institution',
  SocialOrganisation = 'social_organisation',
  Other = 'other',
}

export const WORK_UNIT_KIND_LABELS: Record<WorkUnitKind, string> = {
  [WorkUnitKind.Government]: '机关',
  [WorkUnitKind.Enterprise]: '企业',
  [WorkUnitKind.PublicInstitution]: '事业单位',
  [WorkUnitKind.SocialOrganisation]: '社会组织',
  [WorkUnitKind.Other]: '其他',
};

/** Both kinds of registration (member 个人报到, unit 单位报到) move through the same states. */
export enum RegistrationStatus {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
  Withdrawn = 'withdrawn',
  /** Was approved, then superseded (the member moved, the unit re-registered). Kept as history. */
  Ended = 'ended',
}

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  [RegistrationStatus.Pending]: '待审核',
  [RegistrationStatus.Approved]: '已通过',
  [RegistrationStatus.Rejected]: '未通过',
  [RegistrationStatus.Withdrawn]: '已撤回',
  [RegistrationStatus.Ended]: '已结束',
};

/** Skills (专长) a member can offer, from a fixed list plus free text. */
export enum Skill {
  Medical = 'medical',
  Legal = 'legal',
  Tutoring = 'tutoring',
  Repair = 'repair',
  Counselling = 'counselling',
  Computing = 'computing',
  Culture = 'culture',
  Accounting = 'accounting',
  ElderlyCare = 'elderly_care',
  Driving = 'driving',
  Photography = 'photography',
  Mediation = 'mediation',
}

export const SKILL_LABELS: Record<Skill, string> = {
  [Skill.Medical]: '医疗护理',
  [Skill.Legal]: '法律咨询',
  [Skill.Tutoring]: '课业辅导',
  [Skill.Repair]: '水电维修',
  [Skill.Counselling]: '心理疏导',
  [Skill.Computing]: '电脑网络',
  [Skill.Culture]: '文艺宣传',
  [Skill.Accounting]: '财务会计',
  [Skill.ElderlyCare]: '助老服务',
  [Skill.Driving]: '驾驶',
  [Skill.Photography]: '摄影摄像',
  [Skill.Mediation]: '矛盾调解',
};

/** When a member can serve: weekday/weekend × daytime/evening. */
export enum AvailabilitySlot {
  WeekdayDaytime = 'weekday_daytime',
  WeekdayEvening = 'weekday_evening',
  WeekendDaytime = 'weekend_daytime',
  WeekendEvening = 'weekend_evening',
}

export const AVAILABILITY_LABELS: Record<AvailabilitySlot, string> = {
  [AvailabilitySlot.WeekdayDaytime]: '工作日白天',
  [AvailabilitySlot.WeekdayEvening]: '工作日晚上',
  [AvailabilitySlot.WeekendDaytime]: '周末白天',
  [AvailabilitySlot.WeekendEvening]: '周末晚上',
};

/** What a unit offers the community (资源清单). */
export enum ResourceKind {
  Venue = 'venue',
  Funds = 'funds',
  Expertise = 'expertise',
  Other = 'other',
}

export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  [ResourceKind.Venue]: '场地',
  [ResourceKind.Funds]: '资金',
  [ResourceKind.Expertise]: '专业力量',
  [ResourceKind.Other]: '其他',
};

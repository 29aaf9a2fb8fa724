/** Consent (PIPL Art. 13–14, 28–31): the documents, sensitive information, location. */
export const PRIVACY_ERRORS = {
  PRIVACY_CONSENT_REQUIRED: { status: 403, message: '请先阅读并同意《用户服务协议》和《隐私政策》，同意前只能浏览公开页面' },
  PRIVACY_POLICY_VERSION_UNKNOWN: { status: 400, message: '没有这个版本的隐私政策，请刷新后重新阅读并同意' },
  PRIVACY_SENSITIVE_CONSENT_REQUIRED: { status: 400, message: '心愿中含有健康、残疾或未满14周岁儿童的信息，发布前需要单独勾选同意' },
  PRIVACY_LOCATION_CONSENT_REQUIRED: { status: 400, message: '使用位置签到前需要您单独同意使用位置信息；也可以扫描现场二维码签到' },
} as const;

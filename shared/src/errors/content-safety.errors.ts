export const CONTENT_ERRORS = {
  /** The message names the field at hand; the offending words are never echoed back. */
  CONTENT_REJECTED: { status: 422, message: '内容含有违规或不宜公开的信息，请修改后再提交' },
  CONTENT_REPORT_NOT_FOUND: { status: 404, message: '找不到这条举报' },
  CONTENT_ALREADY_HIDDEN: { status: 409, message: '该内容已被隐藏' },
  CONTENT_REPORT_DECIDED: { status: 409, message: '这条举报已经处理过了' },
  MEDIA_CHECK_NOT_FOUND: { status: 404, message: '找不到这张图片' },
  MEDIA_CHECK_DECIDED: { status: 409, message: '这张图片已经审核过了' },
  CONTENT_PUSH_SIGNATURE_INVALID: { status: 403, message: '消息推送签名无效' },
} as const;

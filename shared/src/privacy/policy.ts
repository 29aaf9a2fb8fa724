/**
 * 《用户服务协议》 and 《隐私政策》: the one source for docs/terms.md, docs/privacy-policy.md and the
 * mini-program's pages. A change people must agree to again gets a new version (consent is
 * recorded per version, and the server asks again when the current one is not agreed to).
 */

export interface PolicyVersion {
  version: string;
  /** YYYY-MM-DD, Asia/Shanghai */
  effectiveOn: string;
  changes: string;
}

/** Every version ever published, oldest first; the last is current. Never edit a published one. */
export const POLICY_VERSIONS: readonly PolicyVersion[] = [{ version: '2026.1', effectiveOn: '2026-01-01', changes: '首次发布' }];

export const CURRENT_POLICY: PolicyVersion = POLICY_VERSIONS[POLICY_VERSIONS.length - 1];

export const isKnownPolicyVersion = (version: string): boolean => POLICY_VERSIONS.some((v) => v.version === version);

export interface PolicySection {
  heading: string;
  paragraphs: readonly string[];
}

export interface PolicyDocument {
  key: 'terms' | 'privacy';
  title: string;
  sections: readonly PolicySection[];
}

export const OPERATOR = '社区党组织（由所在街道党工委指导）';

export const TERMS: PolicyDocument = {
  key: 'terms',
  title: '邻里用户服务协议',
  sections: [
    {
      heading: '一、服务内容',
      paragraphs: [`“邻里”是${OPERATOR}运营的党建引领社区共治微信小程序，提供微心愿、先锋岗、邻里议事、双报到和社区工作台等服务。服务免费，不含任何商业推广。`],
    },
    {
      heading: '二、账号',
      paragraphs: [
        '您使用微信登录，账号与您的微信身份绑定。请勿借用他人账号，或冒用他人身份发布心愿、参与表决。',
        '网格员或社区书记可以在取得居民本人（或监护人）同意后，代不方便使用手机的居民发布心愿，并如实记录取得同意的方式。',
      ],
    },
    {
      heading: '三、使用规范',
      paragraphs: [
        '发布的心愿、议题和评论应真实、文明，不得含有违法违规内容，不得公开他人的姓名、电话、门牌等个人信息。',
        '社区书记会审核心愿和议题，可以为保护隐私修改心愿的标题和描述；违规内容会被隐藏。',
        '认领心愿或先锋岗后请按时完成；如有变化请及时取消，以便其他党员认领。',
      ],
    },
    {
      heading: '四、积分与表决',
      paragraphs: [
        '服务积分只用于社区内的激励和表彰，不能兑换现金。',
        '业主共同决定事项的表决按《中华人民共和国民法典》第二百七十八条计票；线上表决与纸质表决具有同等效力，每户（每位业主）只计一次。',
      ],
    },
    {
      heading: '五、个人信息',
      paragraphs: ['我们按《邻里隐私政策》处理您的个人信息。您不同意隐私政策的，只能浏览公开的页面。'],
    },
    {
      heading: '六、协议的变更',
      paragraphs: ['协议或隐私政策有实质变更时，我们会发布新版本，并在您下次使用时请您重新阅读并同意；不同意的，只能浏览公开的页面。'],
    },
  ],
};

export const PRIVACY: PolicyDocument = {
  key: 'privacy',
  title: '邻里隐私政策',
  sections: [
    {
      heading: '一、我们是谁',
      paragraphs: [`“邻里”由${OPERATOR}运营，是个人信息处理者。我们只为社区服务处理个人信息，不出售、不用于商业营销，也不向无关的第三方提供。`],
    },
    {
      heading: '二、我们收集哪些信息、为什么、谁能看到、保存多久',
      paragraphs: [
        '下表列出本小程序在服务器上保存的全部个人信息。它由代码中的数据清单生成，并有自动测试核对数据库的每一个字段，确保本政策与实际保存的信息一致。',
      ],
    },
    {
      heading: '三、敏感个人信息',
      paragraphs: [
        '心愿中关于疾病、残疾等健康状况的描述，以及涉及未满14周岁儿童的信息，属于敏感个人信息。发布这类心愿前，我们会单独请您勾选同意；涉及儿童的，须由监护人同意。没有单独同意，服务器不会接收这类心愿。',
        '代居民发布时，网格员或社区书记须确认已取得居民本人（或监护人）的单独同意，并记录同意的方式；居民本人日后登录时会被请求亲自同意。',
        '心愿墙上只显示打码的称呼（如王女士）和经社区书记审核、去除隐私后的内容，不显示姓名、电话和门牌。',
      ],
    },
    {
      heading: '四、位置信息',
      paragraphs: [
        '先锋岗“到岗签到”可以使用您当前的位置。第一次使用前我们会单独请您同意，并由微信请求定位授权。您的经纬度只用于计算与岗位的距离，服务器只保存这个距离，不保存经纬度。您也可以改用扫描现场二维码签到。',
      ],
    },
    {
      heading: '五、微信和其他受托方',
      paragraphs: [
        '登录时，微信向我们提供您的 openid（及 unionid）；我们不获取您的微信通讯录和聊天记录。',
        '心愿、议题、评论和图片会提交微信内容安全接口检测是否违规；消息提醒通过微信订阅消息发送，只有您订阅后才会发送。',
      ],
    },
    {
      heading: '六、您的权利',
      paragraphs: [
        '您可以在“我的”中查阅、复制（导出）、更正您的个人信息，撤回同意，或注销账号；注销后我们会在保存期限届满或法律另有规定之外删除或匿名化您的个人信息。',
        '撤回同意不影响撤回前已进行的处理；撤回后您只能浏览公开的页面。',
        '如对个人信息处理有疑问或投诉，可以联系您所在社区的社区书记，我们会在15个工作日内答复。',
      ],
    },
    {
      heading: '七、未成年人',
      paragraphs: ['本小程序面向成年居民。未满14周岁儿童的信息只能由其监护人（或经监护人同意）提供，并按敏感个人信息保护。'],
    },
    {
      heading: '八、安全措施',
      paragraphs: [
        '数据保存在境内服务器，传输全程加密；按角色和辖区控制访问，每次访问敏感信息和导出数据都会记入操作日志；照片上传时会去除拍摄位置等隐藏信息，并通过有时效的链接访问。',
      ],
    },
    {
      heading: '九、政策的变更',
      paragraphs: ['本政策有实质变更时，我们会发布新版本，并在您下次使用时请您重新同意。各版本的变更说明列在文末。'],
    },
  ],
};

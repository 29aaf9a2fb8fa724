export default defineAppConfig({
  // The first page is where the app opens; PageShell sends logged-out users on to login.
  pages: [
    'pages/wishes/index',
    'pages/posts/index',
    'pages/deliberation/index',
    'pages/me/index',
    'pages/login/index',
    'pages/profile/index',
    'pages/policy/index',
  ],
  // 双报到 is its own subpackage: it loads when first opened and keeps the main package small.
  subPackages: [
    {
      root: 'packages/reporting',
      pages: [
        'pages/member/index',
        'pages/member-form/index',
        'pages/unit/index',
        'pages/unit-form/index',
        'pages/review/index',
        'pages/member-review/index',
        'pages/unit-review/index',
        'pages/unit-members/index',
      ],
    },
    // 加入住户: by a printed QR code (?p=<building or flat>) or by picking the flat; the review of a
    // join request, the grid worker's 住户 (search, a flat's people) and the printable QR sheet.
    {
      root: 'packages/onboarding',
      pages: ['pages/join/index', 'pages/review/index', 'pages/residents/index', 'pages/flat/index', 'pages/qr-sheet/index'],
    },
    // 微心愿 beyond the wall itself: detail, claims, posting, confirmation and the secretary's review.
    {
      root: 'packages/wishes',
      pages: [
        'pages/detail/index',
        'pages/my-claims/index',
        'pages/my-wishes/index',
        'pages/confirm/index',
        'pages/post/index',
        'pages/review/index',
        'pages/review-detail/index',
        'pages/settings/index',
      ],
    },
    // 先锋岗 beyond the tab: a post's shifts (claim, check in and out), my shifts and hours,
    // and the publishers' pages (post form, roster, the on-site check-in code).
    {
      root: 'packages/posts',
      pages: ['pages/detail/index', 'pages/mine/index', 'pages/form/index', 'pages/roster/index', 'pages/code/index'],
    },
    // 邻里议事 beyond the tab: a topic with its discussion, proposing, my topics and the review queue,
    // a ballot (vote, outcome, anonymised votes), the secretary's ballot form, and a decision's follow-up.
    {
      root: 'packages/deliberation',
      pages: [
        'pages/topic/index',
        'pages/propose/index',
        'pages/mine/index',
        'pages/review/index',
        'pages/ballot/index',
        'pages/ballot-form/index',
        'pages/votes/index',
        'pages/decision/index',
      ],
    },
    // 社区工作台 (secretaries, street officers) and the points and messages everyone has: charts stay out of the main package.
    {
      root: 'packages/workbench',
      pages: [
        'pages/queue/index',
        'pages/dashboard/index',
        'pages/points/index',
        'pages/points-member/index',
        'pages/my-points/index',
        'pages/audit/index',
        'pages/inbox/index',
        'pages/exports/index',
        'pages/register/index',
        'pages/reports/index',
        'pages/roles/index',
      ],
    },
    // 个人信息 (see, export, correct, delete; consents) and the secretary's log of who read private data.
    { root: 'packages/privacy', pages: ['pages/my-data/index', 'pages/access-log/index'] },
  ],
  // 先锋岗: check-in by location and the 使用当前位置 button of the post form.
  requiredPrivateInfos: ['getLocation'],
  // WeChat's privacy authorisation: privacy APIs wait for our dialog (state/wechat-privacy.ts).
  __usePrivacyCheck__: true,
  permission: { 'scope.userLocation': { desc: '用于先锋岗到岗签到和填写岗位位置' } },
  window: {
    // The mini-program always draws this bar; on H5 Taro draws it only when asked, and without it
    // a sub-page had no title and no way back.
    navigationStyle: 'default',
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '邻里',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f8',
  },
  tabBar: {
    color: '#5c5f66',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/wishes/index',
        text: '心愿墙',
        iconPath: 'assets/tabbar/wishes.png',
        selectedIconPath: 'assets/tabbar/wishes-active.png',
      },
      {
        pagePath: 'pages/posts/index',
        text: '先锋岗',
        iconPath: 'assets/tabbar/posts.png',
        selectedIconPath: 'assets/tabbar/posts-active.png',
      },
      {
        pagePath: 'pages/deliberation/index',
        text: '议事',
        iconPath: 'assets/tabbar/deliberation.png',
        selectedIconPath: 'assets/tabbar/deliberation-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
});

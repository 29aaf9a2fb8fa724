export default definePageConfig({ navigationBarTitleText: '先锋岗', enablePullDownRefresh: true });

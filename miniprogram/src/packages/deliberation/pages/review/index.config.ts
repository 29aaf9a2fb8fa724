export default definePageConfig({ navigationBarTitleText: '待受理的议题', enablePullDownRefresh: true });

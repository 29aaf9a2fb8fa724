export default definePageConfig({ navigationBarTitleText: '我提出的议题', enablePullDownRefresh: true });

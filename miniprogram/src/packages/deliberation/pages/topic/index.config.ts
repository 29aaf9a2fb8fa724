export default definePageConfig({ navigationBarTitleText: '议题', enableShareAppMessage: true, enableShareTimeline: true });

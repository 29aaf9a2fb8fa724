export default definePageConfig({ navigationBarTitleText: '确认收到' });

export default definePageConfig({ navigationBarTitleText: '加入住户' });

export default definePageConfig({ navigationBarTitleText: '一户的住户' });

export default definePageConfig({ navigationBarTitleText: '心愿规则' });

export default definePageConfig({ navigationBarTitleText: '决议落实' });

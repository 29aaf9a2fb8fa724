export default definePageConfig({ navigationBarTitleText: '匿名票据' });

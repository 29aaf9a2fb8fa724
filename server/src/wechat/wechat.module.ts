import { Global, Module } from '@nestjs/common';
import { WechatApi } from './wechat-api.service';
import { WechatClient } from './wechat.client';

@Global()
@Module({ providers: [WechatClient, WechatApi], exports: [WechatClient, WechatApi] })
export class WechatModule {}

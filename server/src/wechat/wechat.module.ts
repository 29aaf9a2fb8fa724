import { Global, Module } from '@nestjs/common';
import { WechatApi } from './wechat-api.service';
import { WechatClient } from './wechat.client';
import { WechatPhone } from './wechat-phone.service';

@Global()
@Module({ providers: [WechatClient, WechatApi, WechatPhone], exports: [WechatClient, WechatApi, WechatPhone] })
export class WechatModule {}

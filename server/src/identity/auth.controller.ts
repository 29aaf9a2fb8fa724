import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '../common/auth/public.decorator';
import { ErrorBodyDto } from '../common/errors/error-body';
import { AuthService } from './auth.service';
import { DevLoginDto, DevUserDto, LoginResultDto, WechatLoginDto } from './dto/identity.dto';

@ApiTags('auth')
@Controller('auth')
@Public()
@UseGuards(ThrottlerGuard)
@ApiBadRequestResponse({ type: ErrorBodyDto })
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('wechat-login')
  @HttpCode(200)
  @ApiOperation({ summary: '微信登录: exchange a wx.login code for a token' })
  @ApiOkResponse({ type: LoginResultDto })
  wechatLogin(@Body() body: WechatLoginDto): Promise<LoginResultDto> {
    return this.auth.loginWithWechat(body.code);
  }

  @Get('dev-users')
  @ApiOperation({ summary: 'Demo users for the H5 preview login picker (only when dev login is on)' })
  @ApiOkResponse({ type: [DevUserDto] })
  devUsers(): Promise<DevUserDto[]> {
    return this.auth.devUsers();
  }

  @Post('dev-login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in as a demo user (only when dev login is on)' })
  @ApiOkResponse({ type: LoginResultDto })
  devLogin(@Body() body: DevLoginDto): Promise<LoginResultDto> {
    return this.auth.devLogin(body.userId);
  }
}

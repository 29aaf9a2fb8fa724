import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConsentKind, CURRENT_POLICY, POLICY_VERSIONS } from '@linli/shared';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Public } from '../common/auth/public.decorator';
import { ErrorBodyDto } from '../common/errors/error-body';
import { ConsentExempt } from './consent-exempt.decorator';
import { ConsentService } from './consent.service';
import { AgreeDto, ConsentStatusDto, PolicyInfoDto, WithdrawDto } from './dto/privacy.dto';

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('privacy')
@ApiBadRequestResponse({ type: ErrorBodyDto })
export class PrivacyController {
  constructor(private readonly consents: ConsentService) {}

  @Get('policy')
  @Public()
  @ApiOperation({ summary: 'The current version of 《用户服务协议》/《隐私政策》 and every published one (the text is in @linli/shared)' })
  @ApiOkResponse({ type: PolicyInfoDto })
  policy(): PolicyInfoDto {
    return { current: CURRENT_POLICY, versions: [...POLICY_VERSIONS] };
  }

  @Get('consent')
  @ConsentExempt()
  @ApiOperation({ summary: 'Whether I agreed to the current version (if not, only public endpoints answer)' })
  @ApiOkResponse({ type: ConsentStatusDto })
  status(@CurrentUser() user: AuthUser): Promise<ConsentStatusDto> {
    return this.consents.status(user.id);
  }

  @Post('consent')
  @HttpCode(200)
  @ConsentExempt()
  @ApiOperation({ summary: 'I agree to this version of the documents (safe to retry: recorded once)' })
  @ApiOkResponse({ type: ConsentStatusDto })
  agree(@CurrentUser() user: AuthUser, @Body() body: AgreeDto): Promise<ConsentStatusDto> {
    return this.consents.agree(user.id, ConsentKind.Policy, body.policyVersion);
  }

  @Post('consent/location')
  @HttpCode(200)
  @ApiOperation({ summary: 'I agree to my location being used at check-in (separate consent; safe to retry)' })
  @ApiOkResponse({ type: ConsentStatusDto })
  agreeLocation(@CurrentUser() user: AuthUser, @Body() body: AgreeDto): Promise<ConsentStatusDto> {
    return this.consents.agree(user.id, ConsentKind.Location, body.policyVersion);
  }

  @Post('consent/withdrawal')
  @HttpCode(200)
  @ConsentExempt()
  @ApiOperation({
    summary: 'I withdraw my consent (PIPL Art. 15): to the documents (then only public endpoints answer until I agree again) or to location (safe to retry)',
  })
  @ApiOkResponse({ type: ConsentStatusDto })
  withdraw(@CurrentUser() user: AuthUser, @Body() body: WithdrawDto): Promise<ConsentStatusDto> {
    return this.consents.withdraw(user.id, body.kind);
  }
}

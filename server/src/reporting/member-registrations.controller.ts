import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APPROVER_ROLES } from '@linli/shared';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ReasonDto } from '../common/http/reason.dto';
import { MemberRegistrationDto, MemberRegistrationPageDto, RegistrationListQueryDto, SubmitMemberRegistrationDto } from './dto/registration.dto';
import { MemberRegistration } from './member-registration.entity';
import { MemberRegistrationsService, REGISTRATION_READERS } from './member-registrations.service';

const reviewed = placeOf(MemberRegistration, 'communityId', 'REGISTRATION_NOT_FOUND');

@ApiTags('reporting')
@ApiBearerAuth()
@Controller()
export class MemberRegistrationsController {
  constructor(private readonly registrations: MemberRegistrationsService) {}

  @Post('member-registrations')
  @ApiOperation({ summary: '个人报到: report to the community where I live (a retried submission returns the same registration)' })
  @ApiCreatedResponse({ type: MemberRegistrationDto })
  submit(@CurrentUser() user: AuthUser, @Body() body: SubmitMemberRegistrationDto): Promise<MemberRegistrationDto> {
    return this.registrations.submit(user.id, body);
  }

  @Get('me/member-registrations')
  @ApiOperation({ summary: 'My member registrations, newest first (current status and history)' })
  @ApiOkResponse({ type: [MemberRegistrationDto] })
  mine(@CurrentUser() user: AuthUser): Promise<MemberRegistrationDto[]> {
    return this.registrations.mine(user.id);
  }

  @Get('member-registrations/:id')
  @ApiOperation({ summary: 'One registration: its applicant, or the secretary or street officer over its community' })
  @ApiOkResponse({ type: MemberRegistrationDto })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<MemberRegistrationDto> {
    return this.registrations.get(user.id, id);
  }

  @Post('member-registrations/:id/withdrawal')
  @HttpCode(200)
  @ApiOperation({ summary: 'The applicant withdraws a pending registration' })
  @ApiOkResponse({ type: MemberRegistrationDto })
  withdraw(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<MemberRegistrationDto> {
    return this.registrations.withdraw(user.id, id);
  }

  @Post('member-registrations/:id/approval')
  @HttpCode(200)
  @ApiOperation({ summary: 'The secretary approves: the member becomes party_member in that community' })
  @RequireRole(APPROVER_ROLES, reviewed)
  @ApiOkResponse({ type: MemberRegistrationDto })
  approve(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<MemberRegistrationDto> {
    return this.registrations.approve(user.id, id);
  }

  @Post('member-registrations/:id/rejection')
  @HttpCode(200)
  @ApiOperation({ summary: 'The secretary rejects with a reason' })
  @RequireRole(APPROVER_ROLES, reviewed)
  @ApiOkResponse({ type: MemberRegistrationDto })
  reject(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReasonDto): Promise<MemberRegistrationDto> {
    return this.registrations.reject(user.id, id, body);
  }

  @Get('communities/:communityId/member-registrations')
  @ApiOperation({ summary: "A community's member registrations, oldest first (the review list)" })
  @RequireRole(REGISTRATION_READERS, placeParam('communityId'))
  @ApiOkResponse({ type: MemberRegistrationPageDto })
  list(@Req() request: ScopedRequest, @Query() query: RegistrationListQueryDto): Promise<MemberRegistrationPageDto> {
    return this.registrations.list(request.scopePlace!, query.status, query.cursor, query.limit);
  }
}

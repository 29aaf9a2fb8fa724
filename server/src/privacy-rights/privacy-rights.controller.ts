import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AccountDeletionView, MyDataAccessView, MyDataExport, PrivateDataAccessView, Role } from '@linli/shared';
import type { FastifyReply } from 'fastify';
import { placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AccessLogService } from './access-log.service';
import { AccountDeletionService } from './account-deletion.service';
import { AccountDeletionDto, ResidentAccountDeletionDto } from './dto/account-deletion.dto';
import { AccountDeletionDoneDto, MyDataAccessDto, MyDataExportDto, PrivateDataAccessDto } from './dto/privacy-rights-views.dto';
import { ConsentExempt } from '../privacy/consent-exempt.decorator';
import { MyDataService } from './my-data.service';

/** 我的 → 个人信息: see, export and delete my data; who read my contact details; the secretary's access log. */
@ApiTags('privacy-rights')
@ApiBearerAuth()
@Controller()
export class PrivacyRightsController {
  constructor(
    private readonly myData: MyDataService,
    private readonly deletion: AccountDeletionService,
    private readonly accessLog: AccessLogService,
  ) {}

  @Get('me/data')
  // A person's rights over their own data outlast a withdrawn consent (PIPL Arts. 15, 45, 47).
  @ConsentExempt()
  @ApiOperation({ summary: 'Everything held about me' })
  @ApiOkResponse({ type: MyDataExportDto })
  data(@CurrentUser() user: AuthUser): Promise<MyDataExport> {
    return this.myData.export(user.id);
  }

  @Get('me/data/export')
  // A person's rights over their own data outlast a withdrawn consent (PIPL Arts. 15, 45, 47).
  @ConsentExempt()
  @ApiOperation({ summary: 'Everything held about me, as a JSON file to keep' })
  @ApiProduces('application/json')
  async download(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const content = JSON.stringify(await this.myData.export(user.id), null, 2);
    reply.header('content-type', 'application/json; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="my-data.json"; filename*=UTF-8''${encodeURIComponent('我的数据.json')}`);
    return content;
  }

  @Get('me/data-access')
  // A person's rights over their own data outlast a withdrawn consent (PIPL Arts. 15, 45, 47).
  @ConsentExempt()
  @ApiOperation({ summary: 'Who read my contact details, when and why' })
  @ApiOkResponse({ type: [MyDataAccessDto] })
  whoReadMine(@CurrentUser() user: AuthUser): Promise<MyDataAccessView[]> {
    return this.accessLog.ofSubject(user.id);
  }

  @Post('me/account-deletion')
  // A person's rights over their own data outlast a withdrawn consent (PIPL Arts. 15, 45, 47).
  @ConsentExempt()
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete my account (注销): refused while I hold a live claim or an upcoming shift' })
  @ApiOkResponse({ type: AccountDeletionDoneDto })
  deleteMine(@CurrentUser() user: AuthUser, @Body() _body: AccountDeletionDto): Promise<AccountDeletionView> {
    return this.deletion.deleteOwn(user.id);
  }

  @Post('residents/:id/account-deletion')
  @HttpCode(200)
  @ApiOperation({ summary: "Delete an offline resident's account at their request (grid worker or secretary of their grid)" })
  @ApiOkResponse({ type: AccountDeletionDoneDto })
  deleteForResident(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ResidentAccountDeletionDto): Promise<AccountDeletionView> {
    return this.deletion.deleteForResident(user.id, id, body.reason);
  }

  @Get('places/:id/private-data-access')
  @ApiOperation({ summary: 'Reads of private data in a community (its secretary)' })
  @ApiOkResponse({ type: [PrivateDataAccessDto] })
  @RequireRole([Role.Secretary], placeParam('id'))
  ofPlace(@Req() request: ScopedRequest): Promise<PrivateDataAccessView[]> {
    return this.accessLog.ofPlace(request.scopePlace!.id);
  }
}

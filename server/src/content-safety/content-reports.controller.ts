import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, ReportTarget, Role } from '@linli/shared';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ReasonDto } from '../common/http/reason.dto';
import { Topic } from '../deliberation/topic.entity';
import { Wish } from '../wishes/wish.entity';
import { ContentReportedDto, ReportContentDto, ReportedContentDto, ReportedContentPageDto, ReportListQueryDto } from './dto/content-safety.dto';
import { ContentReportsService } from './content-reports.service';
import { ReportedContent } from './reported-content.entity';

const MODERATORS = [Role.Secretary];
const inCommunityOfReport = placeOf(ReportedContent, 'communityId', 'CONTENT_REPORT_NOT_FOUND');

@ApiTags('content-safety')
@ApiBearerAuth()
@Controller()
export class ContentReportsController {
  constructor(private readonly reports: ContentReportsService) {}

  @Post('wishes/:id/reports')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report a wish on the wall to the secretary (once per person), for anyone who can see it' })
  @RequireRole(ALL_ROLES, placeOf(Wish, 'streetId', 'WISH_NOT_FOUND'), { orBelow: true })
  @ApiOkResponse({ type: ContentReportedDto })
  reportWish(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReportContentDto): Promise<ContentReportedDto> {
    return this.reports.report(user.id, ReportTarget.Wish, id, body.reason);
  }

  @Post('topics/:id/reports')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report a public topic to the secretary (once per person)' })
  @RequireRole(ALL_ROLES, placeOf(Topic, 'communityId', 'TOPIC_NOT_FOUND'))
  @ApiOkResponse({ type: ContentReportedDto })
  reportTopic(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReportContentDto): Promise<ContentReportedDto> {
    return this.reports.report(user.id, ReportTarget.Topic, id, body.reason);
  }

  @Get('communities/:communityId/content-reports')
  @ApiOperation({ summary: 'Reported wishes and topics of a community by state (open by default), oldest first (secretary)' })
  @RequireRole(MODERATORS, placeParam('communityId'))
  @ApiOkResponse({ type: ReportedContentPageDto })
  list(@Req() request: ScopedRequest, @Query() query: ReportListQueryDto): Promise<ReportedContentPageDto> {
    return this.reports.list(request.scopePlace!, query);
  }

  @Post('content-reports/:id/hiding')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hide a reported wish or topic for good, with a reason its author sees (secretary)' })
  @RequireRole(MODERATORS, inCommunityOfReport)
  @ApiOkResponse({ type: ReportedContentDto })
  hide(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReasonDto): Promise<ReportedContentDto> {
    return this.reports.hide(user.id, id, body.reason);
  }

  @Post('content-reports/:id/dismissal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Dismiss the reports of an item: nothing wrong found (secretary)' })
  @RequireRole(MODERATORS, inCommunityOfReport)
  @ApiOkResponse({ type: ReportedContentDto })
  dismiss(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<ReportedContentDto> {
    return this.reports.dismiss(user.id, id);
  }
}

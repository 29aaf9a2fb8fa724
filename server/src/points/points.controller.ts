import { Body, Controller, Get, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, LIMITS, periodKey, PointsPeriod, Role } from '@linli/shared';
import { placeInQuery, placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { PageQueryDto } from '../common/http/page';
import {
  AwardPointsDto,
  CommunityQueryDto,
  MyPointsHistoryQueryDto,
  PointsEntryDto,
  PointsEntryPageDto,
  PointsRulesDto,
  PointsSummaryDto,
  RankingQueryDto,
  RankingRowDto,
  ReversePointsDto,
  UnitRankingRowDto,
  UpdatePointsRulesDto,
} from './dto/points.dto';
import { PointsEntry } from './points-entry.entity';
import { PointsLedger } from './points-ledger.service';
import { PointsRulesService } from './points-rules.service';
import { PointsService } from './points.service';

const KEEPERS = [Role.Secretary, Role.Admin];

@ApiTags('points')
@ApiBearerAuth()
@Controller()
export class PointsController {
  constructor(
    private readonly points: PointsService,
    private readonly ledger: PointsLedger,
    private readonly rules: PointsRulesService,
  ) {}

  @Post('communities/:communityId/points/awards')
  @ApiOperation({ summary: 'Award points by hand (idempotent by idempotencyKey)' })
  @RequireRole(KEEPERS, placeParam('communityId'))
  @ApiCreatedResponse({ type: PointsEntryDto })
  award(@CurrentUser() user: AuthUser, @Req() request: ScopedRequest, @Body() body: AwardPointsDto): Promise<PointsEntryDto> {
    return this.points.award(user.id, request.scopePlace!, body);
  }

  @Post('points/entries/:id/reversal')
  @ApiOperation({ summary: 'Reverse a ledger entry with a new negative entry (once per entry)' })
  @RequireRole(KEEPERS, placeOf(PointsEntry, 'communityId', 'POINTS_ENTRY_NOT_FOUND'))
  @ApiCreatedResponse({ type: PointsEntryDto })
  reverse(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReversePointsDto): Promise<PointsEntryDto> {
    return this.points.reverse(user.id, id, body.reason);
  }

  @Get('me/points')
  @ApiOperation({ summary: 'My balance and recent entries in a community' })
  @RequireRole(ALL_ROLES, placeInQuery('communityId'))
  @ApiOkResponse({ type: PointsSummaryDto })
  mine(@CurrentUser() user: AuthUser, @Query() query: CommunityQueryDto): Promise<PointsSummaryDto> {
    return this.points.summary(user.id, query.communityId);
  }

  @Get('communities/:communityId/points/members/:userId')
  @ApiOperation({ summary: "A member's balance and recent entries (secretary)" })
  @RequireRole([...KEEPERS, Role.StreetOfficer], placeParam('communityId'))
  @ApiOkResponse({ type: PointsSummaryDto })
  member(@Param('communityId') communityId: string, @Param('userId') userId: string): Promise<PointsSummaryDto> {
    return this.points.summary(userId, communityId);
  }

  @Get('communities/:communityId/points/ranking')
  @ApiOperation({ summary: 'Points ranking of a community' })
  @RequireRole(ALL_ROLES, placeParam('communityId'))
  @ApiOkResponse({ type: [RankingRowDto] })
  ranking(@Param('communityId') communityId: string, @Query() query: RankingQueryDto): Promise<RankingRowDto[]> {
    return this.ledger.ranking(communityId, query.limit ?? 20, periodKey(query.period ?? PointsPeriod.All, new Date()));
  }

  @Get('communities/:communityId/points/unit-ranking')
  @ApiOperation({ summary: 'Work units ranked by what their reported members earned in the community (单位积分榜)' })
  @RequireRole(ALL_ROLES, placeParam('communityId'))
  @ApiOkResponse({ type: [UnitRankingRowDto] })
  unitRanking(@Param('communityId') communityId: string, @Query() query: RankingQueryDto): Promise<UnitRankingRowDto[]> {
    return this.ledger.unitRanking(communityId, query.limit ?? 20, periodKey(query.period ?? PointsPeriod.All, new Date()));
  }

  @Get('communities/:communityId/points/members/:userId/entries')
  @ApiOperation({ summary: "A member's whole ledger in the community, newest first (secretary)" })
  @RequireRole([...KEEPERS, Role.StreetOfficer], placeParam('communityId'))
  @ApiOkResponse({ type: PointsEntryPageDto })
  memberHistory(@Param('communityId') communityId: string, @Param('userId') userId: string, @Query() query: PageQueryDto): Promise<PointsEntryPageDto> {
    return this.points.history(userId, communityId, query.cursor, query.limit ?? LIMITS.pageSizeDefault);
  }

  @Get('me/points/entries')
  @ApiOperation({ summary: 'My whole ledger in a community, newest first' })
  @RequireRole(ALL_ROLES, placeInQuery('communityId'))
  @ApiOkResponse({ type: PointsEntryPageDto })
  myHistory(@CurrentUser() user: AuthUser, @Query() query: MyPointsHistoryQueryDto): Promise<PointsEntryPageDto> {
    return this.points.history(user.id, query.communityId, query.cursor, query.limit ?? LIMITS.pageSizeDefault);
  }

  @Get('communities/:communityId/points/rules')
  @ApiOperation({ summary: "The community's points rules (积分规则)" })
  @RequireRole(ALL_ROLES, placeParam('communityId'))
  @ApiOkResponse({ type: PointsRulesDto })
  rulesOf(@Param('communityId') communityId: string): Promise<PointsRulesDto> {
    return this.rules.view(communityId);
  }

  @Put('communities/:communityId/points/rules')
  @ApiOperation({ summary: "Set the community's points rules: default rate per hour and the daily cap" })
  @RequireRole(KEEPERS, placeParam('communityId'))
  @ApiOkResponse({ type: PointsRulesDto })
  setRules(@CurrentUser() user: AuthUser, @Req() request: ScopedRequest, @Body() body: UpdatePointsRulesDto): Promise<PointsRulesDto> {
    return this.rules.update(user.id, request.scopePlace!, body);
  }
}

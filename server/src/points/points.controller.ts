import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, Role } from '@linli/shared';
import { placeInQuery, placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { AwardPointsDto, CommunityQueryDto, PointsEntryDto, PointsSummaryDto, RankingQueryDto, RankingRowDto, ReversePointsDto } from './dto/points.dto';
import { PointsEntry } from './points-entry.entity';
import { PointsLedger } from './points-ledger.service';
import { PointsService } from './points.service';

const KEEPERS = [Role.Secretary, Role.Admin];

@ApiTags('points')
@ApiBearerAuth()
@Controller()
export class PointsController {
  constructor(
    private readonly points: PointsService,
    private readonly ledger: PointsLedger,
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
    return this.ledger.ranking(communityId, query.limit ?? 20);
  }
}

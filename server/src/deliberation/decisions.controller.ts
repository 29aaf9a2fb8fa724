import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, Role } from '@linli/shared';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { DecisionsService } from './decisions.service';
import { Decision } from './decision.entity';
import { DecisionMilestone } from './decision-milestone.entity';
import { AcceptanceBallotDto, DecisionListQueryDto, MilestoneInputDto, ProgressInputDto, UpdateDecisionDto } from './dto/decision-input.dto';
import { DecisionDto, DecisionPageDto } from './dto/deliberation-view.dto';

const inCommunityOfDecision = placeOf(Decision, 'communityId', 'DECISION_NOT_FOUND');
const SECRETARY = [Role.Secretary];

@ApiTags('deliberation')
@ApiBearerAuth()
@Controller()
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  @Get('communities/:communityId/decisions')
  @ApiOperation({ summary: 'Decisions tracked in the community’s four lists, newest first' })
  @RequireRole(ALL_ROLES, placeParam('communityId'))
  @ApiOkResponse({ type: DecisionPageDto })
  list(@Req() request: ScopedRequest, @Query() query: DecisionListQueryDto): Promise<DecisionPageDto> {
    return this.decisions.list(request.scopePlace!, query);
  }

  @Get('decisions/:id')
  @ApiOperation({ summary: 'A decision with milestones, progress and acceptance votes' })
  @RequireRole(ALL_ROLES, inCommunityOfDecision)
  @ApiOkResponse({ type: DecisionDto })
  detail(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<DecisionDto> {
    return this.decisions.detail(user.id, id);
  }

  @Patch('decisions/:id')
  @ApiOperation({ summary: 'File it in a list, rename it, name who answers for it (secretary)' })
  @RequireRole(SECRETARY, inCommunityOfDecision)
  @ApiOkResponse({ type: DecisionDto })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: UpdateDecisionDto): Promise<DecisionDto> {
    return this.decisions.update(user.id, id, body);
  }

  @Post('decisions/:id/milestones')
  @ApiOperation({ summary: 'Add a milestone (secretary)' })
  @RequireRole(SECRETARY, inCommunityOfDecision)
  @ApiCreatedResponse({ type: DecisionDto })
  addMilestone(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: MilestoneInputDto): Promise<DecisionDto> {
    return this.decisions.addMilestone(user.id, id, body);
  }

  @Post('decision-milestones/:id/completion')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a milestone done (secretary)' })
  @RequireRole(SECRETARY, placeOf(DecisionMilestone, 'communityId', 'MILESTONE_NOT_FOUND'))
  @ApiOkResponse({ type: DecisionDto })
  completeMilestone(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<DecisionDto> {
    return this.decisions.completeMilestone(user.id, id);
  }

  @Post('decisions/:id/updates')
  @ApiOperation({ summary: 'Report progress (secretary)' })
  @RequireRole(SECRETARY, inCommunityOfDecision)
  @ApiCreatedResponse({ type: DecisionDto })
  addProgress(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ProgressInputDto): Promise<DecisionDto> {
    return this.decisions.addProgress(user.id, id, body.note);
  }

  @Post('decisions/:id/acceptance-ballots')
  @ApiOperation({ summary: 'Work finished: hold the residents’ acceptance vote (民意验收; secret; default 2/3 satisfied)' })
  @RequireRole(SECRETARY, inCommunityOfDecision)
  @ApiCreatedResponse({ type: DecisionDto })
  requestAcceptance(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: AcceptanceBallotDto): Promise<DecisionDto> {
    return this.decisions.requestAcceptance(user.id, id, body);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, Role } from '@linli/shared';
import { placeOf, RequireRole } from '../common/access/require-role.decorator';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { BallotClosingService } from './ballot-closing.service';
import { BallotVotingService } from './ballot-voting.service';
import { Ballot } from './ballot.entity';
import { BallotsService } from './ballots.service';
import { CastVoteDto } from './dto/ballot-input.dto';
import { BallotDto, BallotVotesExportDto } from './dto/deliberation-view.dto';

const inCommunityOfBallot = placeOf(Ballot, 'communityId', 'BALLOT_NOT_FOUND');

@ApiTags('deliberation')
@ApiBearerAuth()
@Controller('ballots')
export class BallotsController {
  constructor(
    private readonly ballots: BallotsService,
    private readonly voting: BallotVotingService,
    private readonly closing: BallotClosingService,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'A ballot: its rule in words, my standing on the roll, turnout so far, and the outcome once closed' })
  // orBelow: the community's grid workers, whose grants sit on their grids, read the ballots they record paper votes for.
  @RequireRole(ALL_ROLES, inCommunityOfBallot, { orBelow: true })
  @ApiOkResponse({ type: BallotDto })
  detail(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<BallotDto> {
    return this.ballots.view(user.id, id);
  }

  @Post(':id/votes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Vote (those on the roll); again with another option changes it where the ballot allows' })
  @RequireRole(ALL_ROLES, inCommunityOfBallot)
  @ApiOkResponse({ type: BallotDto })
  vote(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: CastVoteDto): Promise<BallotDto> {
    return this.voting.cast(user.id, id, body);
  }

  @Post(':id/closing')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close and publish: after the closing time, or early once everyone on the roll has voted (secretary)' })
  @RequireRole([Role.Secretary], inCommunityOfBallot)
  @ApiOkResponse({ type: BallotDto })
  close(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<BallotDto> {
    return this.closing.closeBySecretary(user.id, id);
  }

  @Get(':id/votes')
  @ApiOperation({ summary: 'The anonymised votes of a closed ballot, to re-derive the tally (voters on the roll, the secretary, street officers)' })
  @RequireRole(ALL_ROLES, inCommunityOfBallot)
  @ApiOkResponse({ type: BallotVotesExportDto })
  votes(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<BallotVotesExportDto> {
    return this.ballots.export(user.id, id);
  }
}

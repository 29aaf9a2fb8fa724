import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ContentSafetyModule } from '../content-safety/content-safety.module';
import { PointsModule } from '../points/points.module';
import { BallotCloseJob } from './ballot-close.job';
import { BallotClosingService } from './ballot-closing.service';
import { BallotPlans } from './ballot-plans';
import { BallotRolls } from './ballot-rolls';
import { BallotViews } from './ballot-views';
import { BallotVotingService } from './ballot-voting.service';
import { BallotsController } from './ballots.controller';
import { BallotsService } from './ballots.service';
import { DecisionsController } from './decisions.controller';
import { DecisionsService } from './decisions.service';
import { DeliberationPhotosController } from './deliberation-photos.controller';
import { DeliberationPhotosService } from './deliberation-photos.service';
import { DeliberationScopes } from './deliberation-scopes';
import { PaperRecorders } from './paper-recorders';
import { PaperVotesController } from './paper-votes.controller';
import { PaperVotesService } from './paper-votes.service';
import { TopicCommentsService } from './topic-comments.service';
import { TopicsController } from './topics.controller';
import { TopicsService } from './topics.service';

/** 邻里议事: topics and discussion, ballots by rule (incl. Civil Code Art. 278) with frozen rolls, decisions tracked to the residents' acceptance. */
@Module({
  imports: [PointsModule, ContentSafetyModule, NotificationsModule],
  controllers: [TopicsController, BallotsController, DecisionsController, DeliberationPhotosController, PaperVotesController],
  providers: [
    DeliberationScopes,
    BallotRolls,
    BallotPlans,
    BallotViews,
    BallotsService,
    BallotVotingService,
    PaperRecorders,
    PaperVotesService,
    BallotClosingService,
    BallotCloseJob,
    TopicsService,
    TopicCommentsService,
    DecisionsService,
    DeliberationPhotosService,
  ],
})
export class DeliberationModule {}

import { QueryFailedError, TypeORMError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('database unavailable (503) or not', () => {
  it.each([
    ['mysql2 refused connection', coded('ECONNREFUSED'), true],
    ['mysql2 lost connection', coded('PROTOCOL_CONNECTION_LOST'), true],
    ['mysql2 connect timeout', coded('ETIMEDOUT'), true],
    ['too many connections', coded('ER_CON_COUNT_ERROR'), true],
    ['a closed pool', new Error('Pool is closed.'), true],
    ['a closed connection', new Error("Can't add new command when connection is in closed state"), true],
    ['TypeORM not connected', new TypeORMError('Connection is not established with mysql database'), true],
    ['a query on a lost connection', new QueryFailedError('SELECT 1', [], coded('PROTOCOL_CONNECTION_LOST')), true],
    ['SQLite busy after its wait', coded('SQLITE_BUSY'), true],
    ['SQLite I/O error', coded('SQLITE_IOERR_SHORT_READ'), true],
    ['better-sqlite3 closed', new TypeError('The database connection is not open'), true],
    ['a duplicate key', coded('ER_DUP_ENTRY'), false],
    ['a deadlock (retried elsewhere)', coded('ER_LOCK_DEADLOCK'), false],
    ['a SQL syntax error', new QueryFailedError('SELEC 1', [], coded('ER_PARSE_ERROR')), false],
    ['a SQLite constraint', coded('SQLITE_CONSTRAINT_UNIQUE'), false],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
    ['not an error', 'ECONNREFUSED', false],
    ['null', null, false],
  ])('%s → %p', (_name, error, unavailable) => expect(isDatabaseUnavailable(error)).toBe(unavailable));
});

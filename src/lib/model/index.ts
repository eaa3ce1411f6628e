export * from './types';
export * from './variants';
export * from './arithmetic';
export * from './derive';
export * from './pytorch';
export * from './whatif';
export * from './summary';
export * from './problems';

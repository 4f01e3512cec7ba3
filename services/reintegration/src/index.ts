export { ReintegrationModule } from './reintegration.module';

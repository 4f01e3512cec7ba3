export { LegalModule } from './legal.module';

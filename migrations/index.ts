import { Foundation1795392000000 } from './1795392000000-Foundation';
import { StockLedger1795395600000 } from './1795395600000-StockLedger';
import { ExpiriesAndAlerts1795399200000 } from './1795399200000-ExpiriesAndAlerts';
import { Shortfalls1795402800000 } from './1795402800000-Shortfalls';
import { ResupplyRequests1795406400000 } from './1795406400000-ResupplyRequests';
import { AuditLog1795410000000 } from './1795410000000-AuditLog';
import { StockStatus1795413600000 } from './1795413600000-StockStatus';
import { FasterLedger1795417200000 } from './1795417200000-FasterLedger';
import { LedgerLinePoint1795420800000 } from './1795420800000-LedgerLinePoint';
import { WideStockStatusFigures1795424400000 } from './1795424400000-WideStockStatusFigures';
import { LotFundingInIdentity1795428000000 } from './1795428000000-LotFundingInIdentity';
import { DeviceSessions1795438800000 } from './1795438800000-DeviceSessions';
import { OptionalIndonesianName1795440000000 } from './1795440000000-OptionalIndonesianName';
import { HistoryAppendOnly1795440100000 } from './1795440100000-HistoryAppendOnly';
import { MonthClosings1795440200000 } from './1795440200000-MonthClosings';
import { LotNumbersAndGtins1795440300000 } from './1795440300000-LotNumbersAndGtins';
import { BalanceLastOccurred1795440400000 } from './1795440400000-BalanceLastOccurred';
import { ExpectedProducts1795440500000 } from './1795440500000-ExpectedProducts';
import { Notifications1795441000000 } from './1795441000000-Notifications';
import { NotificationDelivery1795441100000 } from './1795441100000-NotificationDelivery';
import { FiguresOnTheLine1795441200000 } from './1795441200000-FiguresOnTheLine';
import { TransitInTheLedger1795441300000 } from './1795441300000-TransitInTheLedger';
import { SharpsCustody1795441400000 } from './1795441400000-SharpsCustody';
import { DistributionReach1795441500000 } from './1795441500000-DistributionReach';
import { NaloxoneAndCoverage1795441600000 } from './1795441600000-NaloxoneAndCoverage';
import { HospitalPoints1795441700000 } from './1795441700000-HospitalPoints';
import { DataQualityFlags1795441800000 } from './1795441800000-DataQualityFlags';
import { OutreachShifts1795441900000 } from './1795441900000-OutreachShifts';
import { Kits1795442000000 } from './1795442000000-Kits';
import { LotExpiryStatus1795442100000 } from './1795442100000-LotExpiryStatus';
import { StockStatusChangesByProduct1795442200000 } from './1795442200000-StockStatusChangesByProduct';
import { ActiveAlertsByPointProduct1795442300000 } from './1795442300000-ActiveAlertsByPointProduct';

/**
 * Every migration in order. Listed explicitly (not globbed) so the same list works compiled and under Jest;
 * `npm run migration:generate` writes a new file here, then add its class to this list.
 */
export const MIGRATIONS = [Foundation1795392000000, StockLedger1795395600000, ExpiriesAndAlerts1795399200000, Shortfalls1795402800000, ResupplyRequests1795406400000, AuditLog1795410000000, StockStatus1795413600000, FasterLedger1795417200000, LedgerLinePoint1795420800000, WideStockStatusFigures1795424400000, LotFundingInIdentity1795428000000, DeviceSessions1795438800000, OptionalIndonesianName1795440000000, HistoryAppendOnly1795440100000, MonthClosings1795440200000, LotNumbersAndGtins1795440300000, BalanceLastOccurred1795440400000, ExpectedProducts1795440500000, Notifications1795441000000, NotificationDelivery1795441100000, FiguresOnTheLine1795441200000, TransitInTheLedger1795441300000, SharpsCustody1795441400000, DistributionReach1795441500000, NaloxoneAndCoverage1795441600000, HospitalPoints1795441700000, DataQualityFlags1795441800000, OutreachShifts1795441900000, Kits1795442000000, LotExpiryStatus1795442100000, StockStatusChangesByProduct1795442200000, ActiveAlertsByPointProduct1795442300000];
